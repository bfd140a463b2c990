#include "Profile.h"

#include "ParameterSpec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

namespace connectlab {

namespace {

const QLatin1StringView Format("connectlab-profile");
constexpr int Version = 1;

// Reads an optional string member; false (with *error) when it is there but not a string.
bool readString(const QJsonObject &o, QLatin1StringView key, QString *out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString()) {
        if (error)
            *error = QStringLiteral("\"request.%1\" must be a string").arg(key);
        return false;
    }
    *out = v.toString();
    return true;
}

bool readStringArray(const QJsonObject &o, QLatin1StringView key, QStringList *out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray()) {
        if (error)
            *error = QStringLiteral("\"request.%1\" must be an array of strings").arg(key);
        return false;
    }
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString()) {
            if (error)
                *error = QStringLiteral("\"request.%1\" must be an array of strings").arg(key);
            return false;
        }
        out->append(item.toString());
    }
    return true;
}

// The strict reader behind fromJson(); requestFromJson() uses it leniently. The request's keys are
// ParameterSpec's names (scope and flags as arrays of entries), plus base_url, endpoint and extras.
bool readRequest(const QJsonObject &o, ConnectRequest *r, QString *error)
{
    QString endpoint;
    if (!readString(o, QLatin1StringView("base_url"), &r->baseUrl, error) ||
        !readString(o, QLatin1StringView("endpoint"), &endpoint, error))
        return false;
    for (const ParameterSpec &spec : ParameterSpec::all()) {
        if (spec.id == ParameterId::Scope || spec.id == ParameterId::Flags) {
            QStringList entries;
            if (!readStringArray(o, spec.name, &entries, error))
                return false;
            for (const QString &t : std::as_const(entries)) {
                if (spec.id == ParameterId::Scope)
                    r->scope.append(Permission::fromToken(t));
                else
                    r->flags.append(Flag::fromToken(t));
            }
            continue;
        }
        QString value = ParameterSpec::value(*r, spec.id);
        if (!readString(o, spec.name, &value, error))
            return false;
        ParameterSpec::assign(*r, spec.id, value);
    }
    if (endpoint.isEmpty() || endpoint == QLatin1StringView("authorize")) {
        r->endpoint = Endpoint::Authorize;
    } else if (endpoint == QLatin1StringView("reauthenticate")) {
        r->endpoint = Endpoint::Reauthenticate;
    } else {
        if (error)
            *error = QStringLiteral("\"request.endpoint\" must be \"authorize\" or \"reauthenticate\", not "
                                    "\"%1\"")
                         .arg(endpoint);
        return false;
    }

    const QJsonValue extras = o.value(QLatin1StringView("extras"));
    if (!extras.isUndefined() && !extras.isNull()) {
        if (!extras.isArray()) {
            if (error)
                *error =
                    QStringLiteral("\"request.extras\" must be an array of {\"name\", \"value\"} objects");
            return false;
        }
        const QJsonArray array = extras.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject e = array.at(i).toObject();
            const QJsonValue name = e.value(QLatin1StringView("name"));
            const QJsonValue value = e.value(QLatin1StringView("value"));
            if (!name.isString() || !(value.isString() || value.isUndefined())) {
                if (error)
                    *error =
                        QStringLiteral("\"request.extras[%1]\" must be an object with string \"name\" and "
                                       "\"value\"")
                            .arg(i);
                return false;
            }
            r->extras.append(Parameter{name.toString(), value.toString()});
        }
    }
    return true;
}

} // namespace

QJsonObject Profile::requestToJson(const ConnectRequest &r)
{
    QJsonObject o;
    o.insert(QLatin1StringView("base_url"), r.baseUrl);
    o.insert(QLatin1StringView("endpoint"),
             r.isReauthentication() ? QStringLiteral("reauthenticate") : QStringLiteral("authorize"));
    for (const ParameterSpec &spec : ParameterSpec::all()) {
        switch (spec.id) {
        case ParameterId::Scope: {
            QJsonArray scope;
            for (const Permission &p : r.scope)
                scope.append(p.token());
            o.insert(spec.name, scope);
            break;
        }
        case ParameterId::Flags: {
            QJsonArray flags;
            for (const Flag &f : r.flags)
                flags.append(f.token());
            o.insert(spec.name, flags);
            break;
        }
        case ParameterId::VehicleId:
            if (!r.vehicleId.isEmpty())
                o.insert(spec.name, r.vehicleId);
            break;
        default:
            o.insert(spec.name, ParameterSpec::value(r, spec.id));
            break;
        }
    }
    QJsonArray extras;
    for (const Parameter &p : r.extras)
        extras.append(QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("value"), p.value}});
    o.insert(QLatin1StringView("extras"), extras);
    return o;
}

ConnectRequest Profile::requestFromJson(const QJsonObject &json)
{
    ConnectRequest r;
    if (!readRequest(json, &r, nullptr))
        return ConnectRequest();
    return r;
}

QJsonObject Profile::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1StringView("format"), QString(Format));
    o.insert(QLatin1StringView("version"), Version);
    o.insert(QLatin1StringView("name"), name);
    o.insert(QLatin1StringView("request"), requestToJson(request));
    if (!settings.isEmpty())
        o.insert(QLatin1StringView("settings"), settings);
    return o;
}

bool Profile::fromJson(const QJsonObject &json, Profile *out, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QJsonValue format = json.value(QLatin1StringView("format"));
    if (format.toString() != Format)
        return fail(QCoreApplication::translate(
            "connectlab::Profile", "not a Connect Lab profile: \"format\" must be \"connectlab-profile\""));
    const QJsonValue version = json.value(QLatin1StringView("version"));
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1)
        return fail(QCoreApplication::translate("connectlab::Profile",
                                                "\"version\" must be a positive whole number"));
    if (version.toInt() > Version)
        return fail(QCoreApplication::translate(
                        "connectlab::Profile",
                        "profile version %1 was written by a newer Connect Lab (this one reads "
                        "version %2)")
                        .arg(version.toInt())
                        .arg(Version));
    const QJsonValue name = json.value(QLatin1StringView("name"));
    if (!name.isUndefined() && !name.isString())
        return fail(QCoreApplication::translate("connectlab::Profile", "\"name\" must be a string"));
    const QJsonValue request = json.value(QLatin1StringView("request"));
    if (!request.isObject())
        return fail(QCoreApplication::translate("connectlab::Profile", "\"request\" must be an object"));
    const QJsonValue settings = json.value(QLatin1StringView("settings"));
    if (!settings.isUndefined() && !settings.isObject())
        return fail(QCoreApplication::translate("connectlab::Profile", "\"settings\" must be an object"));

    Profile p;
    p.name = name.toString();
    QString requestError;
    if (!readRequest(request.toObject(), &p.request, &requestError))
        return fail(requestError);
    p.settings = settings.toObject();
    if (out)
        *out = std::move(p);
    return true;
}

bool Profile::save(const QString &path, QString *error) const
{
    auto fail = [error, &path](const QString &why) {
        if (error)
            *error = QCoreApplication::translate("connectlab::Profile", "Cannot save the profile to %1: %2")
                         .arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(QCoreApplication::translate("connectlab::Profile", "cannot create the folder %1")
                        .arg(QDir::toNativeSeparators(info.absolutePath())));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const QByteArray data = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    if (file.write(data) != data.size())
        return fail(file.errorString());
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

bool Profile::load(const QString &path, Profile *out, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    auto fail = [error, &shown](const QString &why) {
        if (error)
            *error = QCoreApplication::translate("connectlab::Profile", "Cannot read the profile %1: %2")
                         .arg(shown, why);
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    const QByteArray data = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype offset = parseError.offset;
        const qsizetype line = data.left(offset).count('\n') + 1;
        return fail(
            QCoreApplication::translate("connectlab::Profile", "invalid JSON at line %1 (offset %2): %3")
                .arg(line)
                .arg(offset)
                .arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return fail(
            QCoreApplication::translate("connectlab::Profile", "the top level must be a JSON object"));
    QString why;
    if (!fromJson(doc.object(), out, &why))
        return fail(why);
    return true;
}

} // namespace connectlab
