#pragma once

#include "HttpLimits.h"
#include "HttpRequestParser.h"
#include "HttpResponse.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

class QTcpSocket;

namespace connectlab::sandbox {

// One client connection of HttpServer: reads requests through HttpRequestParser, answers them in order
// through the handler, and holds the client to HttpLimits' deadlines:
//   - awaiting a head: the whole head must arrive within headTimeoutMs of the connection being ready for it
//     (408 and close if some of it came, a silent close if nothing did);
//   - reading a body: the rest within bodyTimeoutMs (408 and close); "Expect: 100-continue" is answered
//     with 100 Continue first;
//   - closing: after "Connection: close", an HTTP/1.0 request without keep-alive, or any error response, no
//     further request is read; once the response is sent the write side is shut and input is discarded for
//     at most lingerMs, so the client reads the response instead of a reset (RFC 9112 section 9.6).
// Responses the client does not read within writeTimeoutMs end the connection; above maxPendingOutput no
// further pipelined request is answered until the client catches up. A response with a delay
// (HttpResponse::delayMs) is held back on a timer, in the Answering phase: the event loop and every other
// connection go on meanwhile, and this connection reads no further request until it is written.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &request)>;

    enum class Phase
    {
        AwaitingHead,
        ReadingBody,
        Answering, // a delayed response waits for its time
        Closing,
    };

    // Takes the socket over (it becomes a child of the connection).
    HttpConnection(QTcpSocket *socket, const HttpLimits &limits, Handler handler, QObject *parent = nullptr);
    ~HttpConnection() override;

    Phase phase() const { return m_phase; }
    // When the current phase began (monotonic nanoseconds): the server evicts the longest-waiting first.
    qint64 phaseSince() const { return m_phaseSince; }
    // Inside the handler right now: the connection must not be deleted before it returns.
    bool isHandling() const { return m_handling; }

    // Closes at once without a response (eviction, server shutdown). Emits closed().
    void drop();

Q_SIGNALS:
    // The connection is over; the server forgets it. Emitted once.
    void closed();

private:
    void pump();
    void process();
    void respond(const HttpRequest &request);
    void respondError(int status, const QByteArray &reason);
    void sendDelayed();
    void write(const QByteArray &bytes);
    void beginClosing();
    void shutdownWrite();
    void onBytesWritten();
    void onTimer();
    void setPhase(Phase phase);
    void rearm();
    bool congested() const;
    void finish();

    QTcpSocket *m_socket;
    HttpLimits m_limits;
    Handler m_handler;
    HttpRequestParser m_parser;
    Phase m_phase = Phase::AwaitingHead;
    qint64 m_phaseSince = 0;
    bool m_continueSent = false;
    bool m_writeShut = false;
    bool m_handling = false;
    bool m_busy = false; // inside pump() or write(): re-entered signals wait for it
    bool m_finished = false;
    QTimer m_timer;
    QTimer m_delayTimer;
    struct Delayed
    {
        HttpResponse response;
        bool withBody = true;
        HttpResponse::Connection connection = HttpResponse::Connection::Default;
        bool close = false;
    };
    std::optional<Delayed> m_delayed;
    QDeadlineTimer m_headDeadline{QDeadlineTimer::Forever};
    QDeadlineTimer m_bodyDeadline{QDeadlineTimer::Forever};
    QDeadlineTimer m_writeDeadline{QDeadlineTimer::Forever};
    QDeadlineTimer m_lingerDeadline{QDeadlineTimer::Forever};
};

} // namespace connectlab::sandbox
