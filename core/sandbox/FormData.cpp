#include "FormData.h"

#include "QueryString.h"

namespace connectlab::sandbox {

QString FormData::decodeComponent(QByteArrayView encoded)
{
    return QueryString::decode(encoded);
}

FormData FormData::parse(QByteArrayView encoded)
{
    FormData data;
    const QList<Parameter> parameters = QueryString::parameters(encoded);
    data.m_pairs.reserve(parameters.size());
    for (const Parameter &p : parameters)
        data.m_pairs.append({p.name, p.value});
    return data;
}

bool FormData::contains(const QString &name) const
{
    for (const Pair &p : m_pairs) {
        if (p.first == name)
            return true;
    }
    return false;
}

QString FormData::value(const QString &name) const
{
    for (const Pair &p : m_pairs) {
        if (p.first == name)
            return p.second.isNull() ? QString(QLatin1String("")) : p.second;
    }
    return QString();
}

QStringList FormData::values(const QString &name) const
{
    QStringList out;
    for (const Pair &p : m_pairs) {
        if (p.first == name)
            out.append(p.second);
    }
    return out;
}

QByteArray FormData::encodeComponent(const QString &text)
{
    return QueryString::encode(text).toLatin1();
}

QByteArray FormData::toEncoded() const
{
    QByteArray out;
    for (const Pair &p : m_pairs) {
        if (!out.isEmpty())
            out += '&';
        out += encodeComponent(p.first) + '=' + encodeComponent(p.second);
    }
    return out;
}

} // namespace connectlab::sandbox
