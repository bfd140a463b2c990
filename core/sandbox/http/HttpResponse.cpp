#include "HttpResponse.h"

#include <QDateTime>
#include <QLocale>

namespace connectlab::sandbox {

namespace {

// Field values keep visible characters and spaces only: CR, LF or NUL would end the field (or the head)
// early.
QByteArray sanitized(const QByteArray &value)
{
    QByteArray out = value;
    for (char &c : out) {
        const auto u = uchar(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            c = ' ';
    }
    return out;
}

bool isFramingField(const QByteArray &name)
{
    for (const char *framing : {"Content-Length", "Transfer-Encoding", "Connection", "Date"}) {
        if (name.compare(framing, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

HttpResponse::HttpResponse(int status, const QByteArray &contentType, const QByteArray &body)
    : m_status(status), m_body(body)
{
    if (!contentType.isEmpty())
        m_headers.append({QByteArrayLiteral("Content-Type"), contentType});
}

void HttpResponse::setBody(const QByteArray &contentType, const QByteArray &body)
{
    m_body = body;
    setHeader(QByteArrayLiteral("Content-Type"), contentType);
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    m_headers.removeIf([&name](const Field &f) { return f.first.compare(name, Qt::CaseInsensitive) == 0; });
    m_headers.append({name, value});
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const Field &f : m_headers) {
        if (f.first.size() == name.size() && f.first.compare(name, Qt::CaseInsensitive) == 0)
            return f.second;
    }
    return {};
}

QByteArray HttpResponse::serialize(bool withBody, Connection connection, const QByteArray &date) const
{
    QByteArray out;
    out.reserve(256 + m_body.size());
    out += "HTTP/1.1 " + QByteArray::number(m_status) + ' ' + reasonPhrase(m_status) + "\r\n";
    if (!date.isEmpty())
        out += "Date: " + sanitized(date) + "\r\n";
    for (const Field &f : m_headers) {
        // The name is ours, never a client's; the framing is the server's alone.
        if (isFramingField(f.first))
            continue;
        out += sanitized(f.first) + ": " + sanitized(f.second) + "\r\n";
    }
    // 1xx, 204 and 304 have no body and no Content-Length (RFC 9110 section 8.6).
    const bool bodyless = (m_status >= 100 && m_status < 200) || m_status == 204 || m_status == 304;
    if (!bodyless)
        out += "Content-Length: " + QByteArray::number(m_body.size()) + "\r\n";
    if (connection == Connection::Close)
        out += "Connection: close\r\n";
    else if (connection == Connection::KeepAlive)
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    if (withBody && !bodyless)
        out += m_body;
    return out;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 417:
        return "Expectation Failed";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return status >= 500 && status <= 599 ? "Server Error" : "Unknown"; // a fault's other 5xx
    }
}

QByteArray HttpResponse::httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace connectlab::sandbox
