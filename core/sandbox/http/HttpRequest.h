#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace connectlab::sandbox {

// One HTTP/1.x request as HttpRequestParser read it: a well-formed request line, header fields in the order
// they came (names as sent; look-ups ignore case) and the body with any chunked coding removed.
struct HttpRequest
{
    using Field = QPair<QByteArray, QByteArray>;

    QByteArray method;    // a token, case-sensitive: "GET", "POST", …
    QByteArray target;    // as sent: "/oauth/authorize?x=1", "http://127.0.0.1:1234/x" or "*"
    QByteArray path;      // "/oauth/authorize": the target's path, still percent-encoded
    QByteArray query;     // "x=1": after the '?', still percent-encoded; empty when there is none
    QByteArray host;      // the Host field, or the authority of an absolute-form target
    int minorVersion = 1; // 0 for HTTP/1.0, 1 for HTTP/1.1 (and for a later 1.x, read as 1.1)
    QList<Field> fields;  // every header field line, values without surrounding whitespace
    QByteArray body;

    // The values of every field with this name joined by ", " (RFC 9110 section 5.3), or an empty array.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    int headerCount(QByteArrayView name) const;
    // Whether a comma-separated field (Connection, Transfer-Encoding, …) lists this token, ignoring case.
    bool headerHasToken(QByteArrayView name, QByteArrayView token) const;
    // What the client asked for: HTTP/1.1 keeps the connection unless "Connection: close"; HTTP/1.0 closes it
    // unless "Connection: keep-alive" (RFC 9112 section 9.3).
    bool keepAlive() const;
};

} // namespace connectlab::sandbox
