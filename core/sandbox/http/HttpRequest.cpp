#include "HttpRequest.h"

namespace connectlab::sandbox {

namespace {

bool isOws(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && isOws(v.front()))
        v = v.sliced(1);
    while (!v.isEmpty() && isOws(v.back()))
        v.chop(1);
    return v;
}

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const
{
    QByteArray out;
    bool first = true;
    for (const Field &f : fields) {
        if (!equalsIgnoringCase(f.first, name))
            continue;
        if (!first)
            out += ", ";
        out += f.second;
        first = false;
    }
    return out;
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    return headerCount(name) > 0;
}

int HttpRequest::headerCount(QByteArrayView name) const
{
    int n = 0;
    for (const Field &f : fields) {
        if (equalsIgnoringCase(f.first, name))
            ++n;
    }
    return n;
}

bool HttpRequest::headerHasToken(QByteArrayView name, QByteArrayView token) const
{
    for (const Field &f : fields) {
        if (!equalsIgnoringCase(f.first, name))
            continue;
        QByteArrayView rest(f.second);
        while (true) {
            const qsizetype comma = rest.indexOf(',');
            if (equalsIgnoringCase(trimmed(comma < 0 ? rest : rest.first(comma)), token))
                return true;
            if (comma < 0)
                break;
            rest = rest.sliced(comma + 1);
        }
    }
    return false;
}

bool HttpRequest::keepAlive() const
{
    if (headerHasToken("Connection", "close"))
        return false;
    return minorVersion >= 1 || headerHasToken("Connection", "keep-alive");
}

} // namespace connectlab::sandbox
