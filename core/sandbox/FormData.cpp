#include "FormData.h"

#include <QUrl>

namespace connectlab::sandbox {

namespace {
int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
} // namespace

QString FormData::decodeComponent(QByteArrayView encoded)
{
    QByteArray bytes;
    bytes.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        if (c == '+') {
            bytes += ' ';
        } else if (c == '%' && i + 2 < encoded.size() && hexValue(encoded[i + 1]) >= 0 &&
                   hexValue(encoded[i + 2]) >= 0) {
            bytes += char(hexValue(encoded[i + 1]) * 16 + hexValue(encoded[i + 2]));
            i += 2;
        } else {
            bytes += c; // a stray '%' stays literal, as browsers do
        }
    }
    return QString::fromUtf8(bytes);
}

FormData FormData::parse(QByteArrayView encoded)
{
    FormData data;
    qsizetype start = 0;
    while (start <= encoded.size()) {
        qsizetype end = encoded.indexOf('&', start);
        if (end < 0)
            end = encoded.size();
        const QByteArrayView part = encoded.sliced(start, end - start);
        if (!part.isEmpty()) {
            const qsizetype eq = part.indexOf('=');
            if (eq < 0)
                data.m_pairs.append({decodeComponent(part), QString()});
            else
                data.m_pairs.append({decodeComponent(part.first(eq)), decodeComponent(part.sliced(eq + 1))});
        }
        start = end + 1;
    }
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
    return QUrl::toPercentEncoding(text);
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
