#pragma once

#include "HttpLimits.h"
#include "HttpRequest.h"

namespace connectlab::sandbox {

// Reads HTTP/1.1 requests (RFC 9112) from bytes as they arrive, one after another on one connection. Pure:
// no sockets and no timers, so a test table or a fuzzer can feed it. Strict wherever leniency would let two
// parsers disagree about where a request ends (request smuggling):
//   - request line: method SP request-target SP HTTP-version, single spaces; origin-form ("/p?q"),
//     absolute-form ("http://host/p") or "*" with OPTIONS; HTTP/1.0 and HTTP/1.x (read as 1.1), another
//     major version 505, malformed 400. CR LF or a bare LF ends a line; a bare CR is 400. Empty lines before
//     the request line are skipped (section 2.2);
//   - fields: a token name directly followed by ':' (whitespace before the colon is 400); a line that starts
//     with whitespace (obs-fold, or whitespace after the request line) is 400; a value with NUL or another
//     control character but HTAB is 400;
//   - Host: exactly one on HTTP/1.1, at most one on HTTP/1.0, with a valid authority; else 400;
//   - framing: Content-Length is digits, given once; Transfer-Encoding is "chunked" alone (another coding
//     501, chunked twice or not last 400), never together with Content-Length and never on HTTP/1.0 (400).
//     Chunked bodies are decoded; chunk extensions and trailer fields are read and dropped;
//   - Expect: "100-continue" on HTTP/1.1 is reported by expectsContinue() for the server to answer; another
//     expectation is 417; on HTTP/1.0 Expect is ignored (RFC 9110 section 10.1.1);
//   - sizes (HttpLimits): a request line over maxHeadBytes 414, a head over it or more than maxHeaderFields
//     fields 431, a body over maxBodyBytes 413 (as soon as Content-Length or a chunk size says so).
// Every error is final: the parser stops, and the connection must close after the error response.
class HttpRequestParser
{
public:
    enum class State
    {
        Head,     // waiting for (the rest of) a request head
        Body,     // the head is complete; waiting for the body
        Complete, // a request is ready: takeRequest()
        Failed,   // errorStatus() and errorReason() say why
    };

    explicit HttpRequestParser(const HttpLimits &limits = HttpLimits());

    // Appends bytes and parses as far as they go. While a request is Complete the bytes are only kept (they
    // are the next, pipelined request); once Failed they are dropped.
    State feed(QByteArrayView bytes);
    State state() const { return m_state; }

    // Nothing of the next request has arrived yet (empty lines before a request line count as nothing).
    bool isIdle() const;
    // The head asked for "Expect: 100-continue" and the body has not all arrived.
    bool expectsContinue() const { return m_state == State::Body && m_expectContinue; }
    // The head once the state is Body or Complete, and the body too once Complete.
    const HttpRequest &request() const { return m_request; }
    // Hands over the complete request and goes on with the bytes after it.
    HttpRequest takeRequest();

    int errorStatus() const { return m_errorStatus; }               // 0 unless Failed
    const QByteArray &errorReason() const { return m_errorReason; } // one sentence, for the response
    qsizetype bufferedBytes() const { return m_buffer.size() - m_pos; }

    // Longest chunk-size line (size and extensions) the parser reads.
    static constexpr qsizetype MaxChunkLineBytes = 1024;

private:
    enum class Chunk
    {
        Size,
        Data,
        DataEnd,
        Trailer,
    };

    void advance();
    void scanHead();
    void parseHead(qsizetype begin, qsizetype end);
    bool parseRequestLine(QByteArrayView line);
    bool parseTarget();
    bool parseFraming();
    void readBody();
    void readChunked();
    void fail(int status, const QByteArray &reason);
    void resetMessage();

    HttpLimits m_limits;
    State m_state = State::Head;
    QByteArray m_buffer;
    qsizetype m_pos = 0; // start of what is not consumed yet

    // Head
    qsizetype m_lineStart = 0;    // start of the line being scanned
    qsizetype m_requestLine = -1; // start of the request line, -1 while only empty lines came
    int m_fieldLines = 0;

    // Body
    HttpRequest m_request;
    bool m_expectContinue = false;
    bool m_chunked = false;
    qint64 m_remaining = 0; // Content-Length still to come, or the rest of the current chunk
    Chunk m_chunk = Chunk::Size;
    qsizetype m_framingBytes = 0; // chunk-size lines and line ends
    qsizetype m_trailerBytes = 0;
    int m_trailerFields = 0;

    int m_errorStatus = 0;
    QByteArray m_errorReason;
};

} // namespace connectlab::sandbox
