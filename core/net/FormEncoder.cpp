#include "FormEncoder.h"

#include <QUrl>

namespace connectlab {

QByteArray FormEncoder::encodeComponent(const QString &text)
{
    return QUrl::toPercentEncoding(text);
}

QByteArray FormEncoder::encode(const QList<Pair> &pairs)
{
    QByteArray body;
    for (const Pair &pair : pairs) {
        if (!body.isEmpty())
            body += '&';
        body += encodeComponent(pair.first) + '=' + encodeComponent(pair.second);
    }
    return body;
}

} // namespace connectlab
