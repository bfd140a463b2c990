#include "LinkSegment.h"

namespace connectlab {

QList<LinkSegment> LinkSegment::split(const QString &url)
{
    QList<LinkSegment> segments;
    const qsizetype query = url.indexOf(QLatin1Char('?'));
    const int end = int(url.size());
    const int head = query < 0 ? end : int(query) + 1;
    segments.append({0, head, 0, QString()});
    int pos = head;
    while (pos < end) {
        const qsizetype amp = url.indexOf(QLatin1Char('&'), pos);
        const int stop = amp < 0 ? end : int(amp);
        if (stop > pos) {
            // Search this segment only: a long link without '=' must not make this quadratic.
            const qsizetype eq = QStringView(url).sliced(pos, stop - pos).indexOf(QLatin1Char('='));
            const int nameEnd = eq < 0 ? stop : pos + int(eq);
            segments.append({pos, stop - pos, nameEnd - pos, url.mid(pos, nameEnd - pos)});
        }
        pos = stop + 1;
    }
    return segments;
}

} // namespace connectlab
