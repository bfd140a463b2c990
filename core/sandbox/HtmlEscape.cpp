#include "HtmlEscape.h"

namespace connectlab::sandbox {

QString HtmlEscape::escape(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        case 0:
            out += QChar(0xFFFD);
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace connectlab::sandbox
