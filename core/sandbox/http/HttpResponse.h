#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QtGlobal>

namespace connectlab::sandbox {

// A response the sandbox sends: status, header fields and body. HttpServer adds the framing fields
// (Content-Length, Date, Connection) when it writes it; a field value never carries CR, LF or NUL onto the
// wire, so no value can split the response.
class HttpResponse
{
public:
    using Field = QPair<QByteArray, QByteArray>;

    HttpResponse() = default;
    explicit HttpResponse(int status, const QByteArray &contentType = {}, const QByteArray &body = {});

    int status() const { return m_status; }
    void setStatus(int status) { m_status = status; }
    const QByteArray &body() const { return m_body; }
    void setBody(const QByteArray &contentType, const QByteArray &body);

    // Replaces every field of that name (names compare ignoring case).
    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const; // the first value, or an empty array
    const QList<Field> &headers() const { return m_headers; }

    // Holds the response back this long before it is written (the sandbox's latency fault). The connection
    // answers nothing else meanwhile; the server goes on serving every other connection.
    int delayMs() const { return m_delayMs; }
    void setDelayMs(int ms) { m_delayMs = qMax(0, ms); }

    enum class Connection
    {
        Default,   // HTTP/1.1 keep-alive: nothing to say
        KeepAlive, // "Connection: keep-alive", for an HTTP/1.0 client that asked for it
        Close,     // "Connection: close": the server closes after this response
    };
    // The bytes on the wire. withBody false for a response to HEAD: the same fields, Content-Length
    // included, and no body (RFC 9110 section 9.3.2). `date` is the Date field's value, if any.
    QByteArray serialize(bool withBody, Connection connection, const QByteArray &date = {}) const;

    // "Not Found" for 404, …; "Server Error" for another 5xx (a status fault's); "Unknown" for a code the
    // sandbox never sends.
    static QByteArray reasonPhrase(int status);
    // The interim answer to "Expect: 100-continue".
    static QByteArray continueLine() { return QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"); }
    // An IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") for the Date field, now.
    static QByteArray httpDate();

private:
    int m_status = 200;
    QList<Field> m_headers;
    QByteArray m_body;
    int m_delayMs = 0;
};

} // namespace connectlab::sandbox
