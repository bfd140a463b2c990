#include "HttpRequestParser.h"

#include <algorithm>

namespace connectlab::sandbox {

namespace {

bool isOws(char c)
{
    return c == ' ' || c == '\t';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// tchar (RFC 9110 section 5.6.2)
bool isTokenChar(char c)
{
    return isAlpha(c) || isDigit(c) || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// field-vchar, SP or HTAB: visible ASCII and obs-text (0x80-0xFF); no NUL, CR, LF or other control.
bool isFieldValueChar(char c)
{
    const auto u = uchar(c);
    return u == '\t' || (u >= 0x20 && u != 0x7f);
}

// What a URI authority (host and port) may hold: unreserved, pct-encoded, sub-delims, ':' and IP-literal
// brackets (RFC 3986 section 3.2).
bool isAuthorityChar(char c)
{
    return isAlpha(c) || isDigit(c) || QByteArrayView("-._~%!$&'()*+,;=:[]").contains(c);
}

bool isAuthority(QByteArrayView s)
{
    for (char c : s) {
        if (!isAuthorityChar(c))
            return false;
    }
    return true;
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && isOws(v.front()))
        v = v.sliced(1);
    while (!v.isEmpty() && isOws(v.back()))
        v.chop(1);
    return v;
}

bool startsWithIgnoringCase(QByteArrayView s, QByteArrayView prefix)
{
    return s.size() >= prefix.size() && s.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

// A line without its terminator: LF, or CR LF (section 2.2). A CR anywhere else is a bare CR.
bool stripLine(QByteArrayView *line)
{
    if (!line->isEmpty() && line->back() == '\r')
        line->chop(1);
    return !line->contains('\r');
}

// One "name: value" line of a header or trailer section, or an error sentence.
bool parseFieldLine(QByteArrayView line, HttpRequest::Field *field, QByteArray *why)
{
    if (isOws(line.front())) {
        *why = "A header line starts with whitespace (obs-fold is not accepted).";
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon < 0) {
        *why = "A header line has no colon.";
        return false;
    }
    const QByteArrayView name = line.first(colon);
    if (!isToken(name)) {
        *why = name.isEmpty() || !isOws(name.back())
                   ? QByteArray("A header field name is not a token.")
                   : QByteArray("Whitespace between a header field name and its colon.");
        return false;
    }
    const QByteArrayView value = trimmed(line.sliced(colon + 1));
    for (char c : value) {
        if (!isFieldValueChar(c)) {
            *why = "A header field value holds a control character (NUL, CR, LF, …).";
            return false;
        }
    }
    *field = {name.toByteArray(), value.toByteArray()};
    return true;
}

} // namespace

HttpRequestParser::HttpRequestParser(const HttpLimits &limits) : m_limits(limits) {}

HttpRequestParser::State HttpRequestParser::feed(QByteArrayView bytes)
{
    if (m_state == State::Failed)
        return m_state;
    m_buffer.append(bytes);
    advance();
    return m_state;
}

bool HttpRequestParser::isIdle() const
{
    return m_state == State::Head && m_requestLine < 0 && m_lineStart == m_buffer.size();
}

HttpRequest HttpRequestParser::takeRequest()
{
    if (m_state != State::Complete)
        return {};
    HttpRequest done = std::move(m_request);
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    resetMessage();
    m_state = State::Head;
    advance();
    return done;
}

void HttpRequestParser::resetMessage()
{
    m_lineStart = m_pos;
    m_requestLine = -1;
    m_fieldLines = 0;
    m_request = HttpRequest();
    m_expectContinue = false;
    m_chunked = false;
    m_remaining = 0;
    m_chunk = Chunk::Size;
    m_framingBytes = 0;
    m_trailerBytes = 0;
    m_trailerFields = 0;
}

void HttpRequestParser::fail(int status, const QByteArray &reason)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorReason = reason;
    m_buffer.clear();
    m_pos = 0;
    m_lineStart = 0;
}

void HttpRequestParser::advance()
{
    if (m_state == State::Head)
        scanHead();
    if (m_state == State::Body)
        readBody();
}

void HttpRequestParser::scanHead()
{
    while (m_state == State::Head) {
        const qsizetype newline = m_buffer.indexOf('\n', m_lineStart);
        const qsizetype lineEnd = newline < 0 ? m_buffer.size() : newline + 1;
        if (lineEnd - m_pos > m_limits.maxHeadBytes) {
            if (m_requestLine >= 0)
                fail(431, "The request head is larger than the sandbox accepts.");
            else if (lineEnd - m_lineStart > 2)
                fail(414, "The request line is longer than the sandbox accepts.");
            else
                fail(400, "Too many empty lines before the request line.");
            return;
        }
        if (m_requestLine < 0 && lineEnd > m_lineStart && !isTokenChar(m_buffer.at(m_lineStart)) &&
            m_buffer.at(m_lineStart) != '\r' && m_buffer.at(m_lineStart) != '\n') {
            // Not even the start of a method: a TLS hello or binary garbage gets its answer at once.
            fail(400, "This is not an HTTP request.");
            return;
        }
        if (newline < 0)
            return;
        QByteArrayView line(m_buffer.constData() + m_lineStart, newline - m_lineStart);
        const qsizetype start = m_lineStart;
        m_lineStart = newline + 1;
        if (!line.isEmpty() && line.back() == '\r')
            line.chop(1);
        if (m_requestLine < 0) {
            if (line.isEmpty())
                continue; // empty lines before the request line are ignored
            m_requestLine = start;
            continue;
        }
        if (line.isEmpty()) {
            parseHead(m_requestLine, start);
            return;
        }
        if (++m_fieldLines > m_limits.maxHeaderFields) {
            fail(431, "The request has more header fields than the sandbox accepts.");
            return;
        }
    }
}

void HttpRequestParser::parseHead(qsizetype begin, qsizetype end)
{
    const QByteArrayView head(m_buffer.constData() + begin, end - begin);
    qsizetype pos = 0;
    bool first = true;
    while (pos < head.size()) {
        const qsizetype newline = head.indexOf('\n', pos);
        QByteArrayView line = head.sliced(pos, newline - pos);
        pos = newline + 1;
        if (!stripLine(&line)) {
            fail(400, "A bare CR in the request head.");
            return;
        }
        if (first) {
            first = false;
            if (!parseRequestLine(line))
                return;
            continue;
        }
        HttpRequest::Field field;
        QByteArray why;
        if (!parseFieldLine(line, &field, &why)) {
            fail(400, why);
            return;
        }
        m_request.fields.append(field);
    }
    // Skip the empty line that ended the head.
    m_pos = m_lineStart;
    if (!parseTarget() || !parseFraming())
        return;
    m_state = (m_chunked || m_remaining > 0) ? State::Body : State::Complete;
}

bool HttpRequestParser::parseRequestLine(QByteArrayView line)
{
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 < 0 || sp2 < 0 || line.indexOf(' ', sp2 + 1) >= 0) {
        fail(400, "The request line is not: method, one space, target, one space, HTTP version.");
        return false;
    }
    const QByteArrayView method = line.first(sp1);
    const QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = line.sliced(sp2 + 1);
    if (!isToken(method)) {
        fail(400, "The request method is not a token.");
        return false;
    }
    if (version.size() != 8 || !version.startsWith("HTTP/") || !isDigit(version[5]) || version[6] != '.' ||
        !isDigit(version[7])) {
        fail(400, "The HTTP version is malformed.");
        return false;
    }
    if (version[5] != '1') {
        fail(505, "The sandbox speaks HTTP/1.1 (and HTTP/1.0) only.");
        return false;
    }
    if (target.isEmpty()) {
        fail(400, "The request target is empty.");
        return false;
    }
    for (char c : target) {
        const auto u = uchar(c);
        if (u <= 0x20 || u >= 0x7f || c == '#') {
            fail(400,
                 "The request target holds a character a URI cannot (a control, space, non-ASCII or #).");
            return false;
        }
    }
    m_request.method = method.toByteArray();
    m_request.target = target.toByteArray();
    m_request.minorVersion = version[7] == '0' ? 0 : 1;
    return true;
}

bool HttpRequestParser::parseTarget()
{
    HttpRequest &r = m_request;
    const int hosts = r.headerCount("Host");
    if (hosts > 1) {
        fail(400, "More than one Host field.");
        return false;
    }
    if (hosts == 0 && r.minorVersion >= 1) {
        fail(400, "An HTTP/1.1 request needs a Host field.");
        return false;
    }
    r.host = r.header("Host");
    if (!isAuthority(r.host)) {
        fail(400, "The Host field is not a host and port.");
        return false;
    }

    QByteArrayView rest(r.target);
    if (rest == "*") {
        if (r.method != "OPTIONS") {
            fail(400, "The target * is for OPTIONS only.");
            return false;
        }
        r.path = "*";
        return true;
    }
    if (rest.front() != '/') {
        const qsizetype schemeEnd = startsWithIgnoringCase(rest, "http://")    ? 7
                                    : startsWithIgnoringCase(rest, "https://") ? 8
                                                                               : -1;
        if (schemeEnd < 0) {
            fail(400, "The request target is neither a path nor an http(s) URI.");
            return false;
        }
        rest = rest.sliced(schemeEnd);
        qsizetype authorityEnd = 0;
        while (authorityEnd < rest.size() && rest[authorityEnd] != '/' && rest[authorityEnd] != '?')
            ++authorityEnd;
        const QByteArrayView authority = rest.first(authorityEnd);
        if (authority.isEmpty() || !isAuthority(authority)) {
            fail(400, "The request target's authority is not a host and port.");
            return false;
        }
        // Section 3.2.2: the target's authority wins over the Host field.
        r.host = authority.toByteArray();
        rest = rest.sliced(authorityEnd);
    }
    const qsizetype question = rest.indexOf('?');
    r.path = (question < 0 ? rest : rest.first(question)).toByteArray();
    if (r.path.isEmpty())
        r.path = "/";
    if (question >= 0)
        r.query = rest.sliced(question + 1).toByteArray();
    return true;
}

bool HttpRequestParser::parseFraming()
{
    HttpRequest &r = m_request;
    const bool hasTransferEncoding = r.hasHeader("Transfer-Encoding");
    const int lengths = r.headerCount("Content-Length");
    if (hasTransferEncoding) {
        // Section 6.1: framing that two parsers could read two ways is refused, and the connection closed.
        if (lengths > 0) {
            fail(400, "Content-Length together with Transfer-Encoding.");
            return false;
        }
        if (r.minorVersion == 0) {
            fail(400, "Transfer-Encoding in an HTTP/1.0 request.");
            return false;
        }
        QList<QByteArray> codings;
        const QList<QByteArray> items = r.header("Transfer-Encoding").split(',');
        for (const QByteArray &item : items) {
            const QByteArrayView coding = trimmed(item);
            if (!coding.isEmpty())
                codings.append(coding.toByteArray().toLower());
        }
        if (codings.isEmpty() || codings.last() != "chunked" || codings.count("chunked") > 1) {
            fail(400, "Transfer-Encoding must end in chunked, given once.");
            return false;
        }
        if (codings.size() > 1) {
            fail(501, "The sandbox supports no transfer coding but chunked.");
            return false;
        }
        m_chunked = true;
    } else if (lengths > 0) {
        const QByteArrayView value = trimmed(r.header("Content-Length"));
        if (lengths > 1 || value.isEmpty() || !std::all_of(value.begin(), value.end(), isDigit)) {
            fail(400, "Content-Length is not one number.");
            return false;
        }
        qint64 length = 0;
        for (char c : value) {
            length = length * 10 + (c - '0');
            if (length > m_limits.maxBodyBytes) {
                fail(413, "The request body is larger than the sandbox accepts.");
                return false;
            }
        }
        m_remaining = length;
    }

    if (r.minorVersion >= 1 && r.hasHeader("Expect")) {
        if (trimmed(r.header("Expect")).compare("100-continue", Qt::CaseInsensitive) != 0) {
            fail(417, "The sandbox meets no expectation but 100-continue.");
            return false;
        }
        m_expectContinue = true;
    }
    return true;
}

void HttpRequestParser::readBody()
{
    if (m_chunked) {
        readChunked();
        return;
    }
    if (m_buffer.size() - m_pos < m_remaining)
        return;
    m_request.body = m_buffer.mid(m_pos, m_remaining);
    m_pos += m_remaining;
    m_remaining = 0;
    m_state = State::Complete;
}

void HttpRequestParser::readChunked()
{
    while (m_state == State::Body) {
        const qsizetype available = m_buffer.size() - m_pos;
        switch (m_chunk) {
        case Chunk::Size: {
            const qsizetype newline = m_buffer.indexOf('\n', m_pos);
            if ((newline < 0 ? available : newline - m_pos) > MaxChunkLineBytes) {
                fail(400, "A chunk-size line is too long.");
                return;
            }
            if (newline < 0)
                return;
            QByteArrayView line(m_buffer.constData() + m_pos, newline - m_pos);
            m_framingBytes += newline + 1 - m_pos;
            m_pos = newline + 1;
            if (!stripLine(&line)) {
                fail(400, "A bare CR in a chunk-size line.");
                return;
            }
            qsizetype digits = 0;
            qint64 size = 0;
            while (digits < line.size() && hexValue(line[digits]) >= 0) {
                size = size * 16 + hexValue(line[digits]);
                ++digits;
                if (m_request.body.size() + size > m_limits.maxBodyBytes) {
                    fail(413, "The request body is larger than the sandbox accepts.");
                    return;
                }
            }
            const QByteArrayView extensions = trimmed(line.sliced(digits));
            if (digits == 0 || (!extensions.isEmpty() && extensions.front() != ';') ||
                !std::all_of(extensions.begin(), extensions.end(), isFieldValueChar)) {
                fail(400, "A chunk size is not a hexadecimal number (with optional ;extensions).");
                return;
            }
            if (size == 0) {
                m_chunk = Chunk::Trailer;
            } else {
                m_remaining = size;
                m_chunk = Chunk::Data;
            }
            break;
        }
        case Chunk::Data: {
            const qint64 n = qMin<qint64>(available, m_remaining);
            m_request.body.append(m_buffer.constData() + m_pos, n);
            m_pos += n;
            m_remaining -= n;
            if (m_remaining > 0)
                return;
            m_chunk = Chunk::DataEnd;
            break;
        }
        case Chunk::DataEnd: {
            if (available < 1)
                return;
            if (m_buffer.at(m_pos) == '\r') {
                if (available < 2)
                    return;
                if (m_buffer.at(m_pos + 1) != '\n') {
                    fail(400, "Chunk data is longer than its chunk size.");
                    return;
                }
                m_pos += 2;
                m_framingBytes += 2;
            } else if (m_buffer.at(m_pos) == '\n') {
                m_pos += 1;
                m_framingBytes += 1;
            } else {
                fail(400, "Chunk data is longer than its chunk size.");
                return;
            }
            m_chunk = Chunk::Size;
            break;
        }
        case Chunk::Trailer: {
            const qsizetype newline = m_buffer.indexOf('\n', m_pos);
            if (m_trailerBytes + (newline < 0 ? available : newline + 1 - m_pos) > m_limits.maxHeadBytes) {
                fail(431, "The trailer section is larger than the sandbox accepts.");
                return;
            }
            if (newline < 0)
                return;
            QByteArrayView line(m_buffer.constData() + m_pos, newline - m_pos);
            m_trailerBytes += newline + 1 - m_pos;
            m_pos = newline + 1;
            if (!stripLine(&line)) {
                fail(400, "A bare CR in the trailer section.");
                return;
            }
            if (line.isEmpty()) {
                m_state = State::Complete;
                return;
            }
            HttpRequest::Field ignored;
            QByteArray why;
            if (!parseFieldLine(line, &ignored, &why)) {
                fail(400, why);
                return;
            }
            if (++m_trailerFields > m_limits.maxHeaderFields) {
                fail(431, "The trailer section has more fields than the sandbox accepts.");
                return;
            }
            break;
        }
        }
        if (m_framingBytes > m_limits.maxHeadBytes) {
            fail(413, "The chunked body is split into more chunks than the sandbox accepts.");
            return;
        }
    }
}

} // namespace connectlab::sandbox
