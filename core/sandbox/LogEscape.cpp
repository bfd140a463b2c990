#include "LogEscape.h"

namespace connectlab::sandbox {

namespace {

bool breaksALine(char16_t u)
{
    return u == 0x2028 || u == 0x2029 || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
}

void appendHex(QString &out, char16_t u, int digits)
{
    out += QString::number(u, 16).toUpper().rightJustified(digits, u'0');
}

} // namespace

QString LogEscape::escape(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case '\\':
            out += QLatin1String("\\\\");
            continue;
        case '\n':
            out += QLatin1String("\\n");
            continue;
        case '\r':
            out += QLatin1String("\\r");
            continue;
        case '\t':
            out += QLatin1String("\\t");
            continue;
        default:
            break;
        }
        if (u < 0x20 || (u >= 0x7F && u <= 0x9F)) {
            out += QLatin1String("\\x");
            appendHex(out, u, 2);
        } else if (breaksALine(u)) {
            out += QLatin1String("\\u");
            appendHex(out, u, 4);
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace connectlab::sandbox
