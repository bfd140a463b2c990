#include "QrCode.h"

#include <qrencode.h>

#include <QPainter>

namespace connectlab {

QrCode QrCode::encode(const QString &text)
{
    QrCode code;
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty())
        return code;
    QRcode *qr = QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M);
    if (!qr)
        qr = QRcode_encodeString8bit(utf8.constData(), 0,
                                     QR_ECLEVEL_L); // long links: trade redundancy for room
    if (!qr)
        return code;
    code.m_size = qr->width;
    code.m_modules.resize(qsizetype(qr->width) * qr->width);
    for (int i = 0; i < qr->width * qr->width; ++i)
        code.m_modules[i] = (qr->data[i] & 1) != 0;
    QRcode_free(qr);
    return code;
}

QImage QrCode::toImage(int moduleSize, int border) const
{
    if (isNull() || moduleSize < 1)
        return {};
    const int side = (m_size + 2 * border) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int y = 0; y < m_size; ++y)
        for (int x = 0; x < m_size; ++x)
            if (module(x, y))
                painter.drawRect((x + border) * moduleSize, (y + border) * moduleSize, moduleSize,
                                 moduleSize);
    return image;
}

QString QrCode::toSvg(int border) const
{
    if (isNull())
        return {};
    const int side = m_size + 2 * border;
    QString path;
    path.reserve(m_size * m_size * 4);
    for (int y = 0; y < m_size; ++y)
        for (int x = 0; x < m_size; ++x)
            if (module(x, y))
                path += QLatin1Char('M') + QString::number(x + border) + QLatin1Char(',') +
                        QString::number(y + border) + QStringLiteral("h1v1h-1z");
    const QString s = QString::number(side);
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ") +
           s + QLatin1Char(' ') + s + QStringLiteral("\" shape-rendering=\"crispEdges\">\n<rect width=\"") +
           s + QStringLiteral("\" height=\"") + s +
           QStringLiteral("\" fill=\"#fff\"/>\n<path fill=\"#000\" d=\"") + path +
           QStringLiteral("\"/>\n</svg>\n");
}

} // namespace connectlab
