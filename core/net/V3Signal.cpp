#include "V3Signal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace connectlab {

namespace {

QDateTime parseTime(const QJsonValue &value)
{
    if (value.isDouble())
        return QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC);
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString scalar(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 12);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isString())
        return value.toString();
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("null");
    return QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

QString V3Signal::displayValue() const
{
    if (body.contains(QLatin1String("value"))) {
        const QString u = unit();
        return u.isEmpty() ? scalar(value()) : scalar(value()) + QLatin1Char(' ') + u;
    }
    QStringList parts;
    for (auto it = body.begin(); it != body.end(); ++it)
        parts.append(it.key() + QLatin1Char(' ') + scalar(it.value()));
    return parts.join(QLatin1String(", "));
}

V3Signal V3Signal::fromJson(const QJsonObject &json)
{
    V3Signal s;
    const QJsonObject attributes = json.value(QLatin1String("attributes")).toObject();
    s.code = attributes.value(QLatin1String("code")).toString();
    if (s.code.isEmpty())
        s.code = json.value(QLatin1String("id")).toString();
    s.name = attributes.value(QLatin1String("name")).toString();
    s.group = attributes.value(QLatin1String("group")).toString();
    s.body = attributes.value(QLatin1String("body")).toObject();
    const QJsonObject meta = json.value(QLatin1String("meta")).toObject();
    s.retrievedAt = parseTime(meta.value(QLatin1String("retrievedAt")));
    s.oemUpdatedAt = parseTime(meta.value(QLatin1String("oemUpdatedAt")));
    return s;
}

QJsonObject V3Signal::toJson() const
{
    QJsonObject o{{QStringLiteral("code"), code}, {QStringLiteral("body"), body}};
    if (!name.isEmpty())
        o.insert(QLatin1String("name"), name);
    if (!group.isEmpty())
        o.insert(QLatin1String("group"), group);
    if (retrievedAt.isValid())
        o.insert(QLatin1String("retrievedAt"), retrievedAt.toUTC().toString(Qt::ISODateWithMs));
    if (oemUpdatedAt.isValid())
        o.insert(QLatin1String("oemUpdatedAt"), oemUpdatedAt.toUTC().toString(Qt::ISODateWithMs));
    return o;
}

} // namespace connectlab
