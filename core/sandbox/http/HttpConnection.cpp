#include "HttpConnection.h"

#include <QScopedValueRollback>
#include <QTcpSocket>

#include <utility>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace connectlab::sandbox {

namespace {

constexpr qint64 ReadChunkBytes = 16 * 1024;

QByteArray seconds(int ms)
{
    return QByteArray::number(ms / 1000.0, 'g', 3);
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const HttpLimits &limits, Handler handler, QObject *parent)
    : QObject(parent), m_socket(socket), m_limits(limits), m_handler(std::move(handler)), m_parser(limits)
{
    m_socket->setParent(this);
    // Qt reads no more from the kernel than this while the connection does not take it (congestion, or a
    // request being answered): TCP flow control holds the client back instead of memory growing.
    m_socket->setReadBufferSize(4 * ReadChunkBytes);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimer);
    m_delayTimer.setSingleShot(true);
    m_delayTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_delayTimer, &QTimer::timeout, this, &HttpConnection::sendDelayed);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::pump);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
    setPhase(Phase::AwaitingHead);
    m_headDeadline.setRemainingTime(m_limits.headTimeoutMs, Qt::PreciseTimer);
    rearm();
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        QMetaObject::invokeMethod(this, &HttpConnection::finish, Qt::QueuedConnection);
    else if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::pump, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::setPhase(Phase phase)
{
    m_phase = phase;
    m_phaseSince = QDeadlineTimer::current().deadlineNSecs();
}

bool HttpConnection::congested() const
{
    return m_socket->bytesToWrite() > m_limits.maxPendingOutput;
}

void HttpConnection::pump()
{
    if (m_finished || m_busy)
        return;
    const QScopedValueRollback busy(m_busy, true);
    while (!m_finished) {
        if (m_phase == Phase::Answering)
            return; // nothing more is read until the delayed response is written
        if (m_phase == Phase::Closing) {
            // Lingering: what still comes is read and dropped, so the close does not reset the connection.
            m_socket->skip(m_socket->bytesAvailable());
            return;
        }
        process();
        if (m_finished || m_phase == Phase::Closing || m_phase == Phase::Answering)
            continue;
        // A complete request still waiting means the client is not reading its answers: read no further.
        if (m_parser.state() == HttpRequestParser::State::Complete || m_socket->bytesAvailable() == 0)
            return;
        m_parser.feed(m_socket->read(ReadChunkBytes));
    }
}

void HttpConnection::process()
{
    while (!m_finished && m_phase != Phase::Closing && m_phase != Phase::Answering) {
        switch (m_parser.state()) {
        case HttpRequestParser::State::Head:
            return;
        case HttpRequestParser::State::Body:
            if (m_phase != Phase::ReadingBody) {
                setPhase(Phase::ReadingBody);
                m_headDeadline = QDeadlineTimer(QDeadlineTimer::Forever);
                m_bodyDeadline.setRemainingTime(m_limits.bodyTimeoutMs, Qt::PreciseTimer);
                rearm();
            }
            if (m_parser.expectsContinue() && !m_continueSent) {
                m_continueSent = true;
                write(HttpResponse::continueLine());
                // The client waited for this: the body's time starts now.
                m_bodyDeadline.setRemainingTime(m_limits.bodyTimeoutMs, Qt::PreciseTimer);
                rearm();
            }
            return;
        case HttpRequestParser::State::Failed:
            respondError(m_parser.errorStatus(), m_parser.errorReason());
            return;
        case HttpRequestParser::State::Complete: {
            if (congested())
                return; // answered once the client has read what is already waiting
            const HttpRequest request = m_parser.takeRequest();
            m_bodyDeadline = QDeadlineTimer(QDeadlineTimer::Forever);
            m_continueSent = false;
            respond(request);
            if (m_finished || m_phase == Phase::Closing || m_phase == Phase::Answering)
                return;
            setPhase(Phase::AwaitingHead);
            m_headDeadline.setRemainingTime(m_limits.headTimeoutMs, Qt::PreciseTimer);
            rearm();
            break;
        }
        }
    }
}

void HttpConnection::respond(const HttpRequest &request)
{
    m_handling = true;
    const HttpResponse response = m_handler(request);
    m_handling = false;
    if (m_finished)
        return; // the handler closed the server
    const bool close = !request.keepAlive();
    const auto connection = close                       ? HttpResponse::Connection::Close
                            : request.minorVersion == 0 ? HttpResponse::Connection::KeepAlive
                                                        : HttpResponse::Connection::Default;
    const bool withBody = request.method != "HEAD";
    if (response.delayMs() > 0) {
        // No deadline runs while the sandbox itself is slow; the head deadline starts once it is written.
        setPhase(Phase::Answering);
        m_headDeadline = QDeadlineTimer(QDeadlineTimer::Forever);
        m_bodyDeadline = QDeadlineTimer(QDeadlineTimer::Forever);
        m_delayed = Delayed{response, withBody, connection, close};
        m_delayTimer.start(response.delayMs());
        rearm();
        return;
    }
    write(response.serialize(withBody, connection, HttpResponse::httpDate()));
    if (close)
        beginClosing();
}

void HttpConnection::sendDelayed()
{
    if (m_finished || m_phase != Phase::Answering || !m_delayed)
        return;
    const Delayed delayed = *std::exchange(m_delayed, std::nullopt);
    write(delayed.response.serialize(delayed.withBody, delayed.connection, HttpResponse::httpDate()));
    if (m_finished)
        return;
    if (delayed.close) {
        beginClosing();
        return;
    }
    setPhase(Phase::AwaitingHead);
    m_headDeadline.setRemainingTime(m_limits.headTimeoutMs, Qt::PreciseTimer);
    rearm();
    pump(); // pipelined requests that came meanwhile
}

void HttpConnection::respondError(int status, const QByteArray &reason)
{
    HttpResponse response(status, QByteArrayLiteral("text/plain; charset=utf-8"), reason + '\n');
    write(response.serialize(true, HttpResponse::Connection::Close, HttpResponse::httpDate()));
    beginClosing();
}

void HttpConnection::write(const QByteArray &bytes)
{
    if (m_finished)
        return;
    // flush() may emit bytesWritten at once: that must not start answering the next request in the middle.
    const QScopedValueRollback busy(m_busy, true);
    m_socket->write(bytes);
    m_socket->flush();
    if (m_socket->bytesToWrite() > 0 && m_writeDeadline.isForever()) {
        m_writeDeadline.setRemainingTime(m_limits.writeTimeoutMs, Qt::PreciseTimer);
        rearm();
    }
}

void HttpConnection::beginClosing()
{
    if (m_phase == Phase::Closing || m_finished)
        return;
    setPhase(Phase::Closing);
    m_headDeadline = QDeadlineTimer(QDeadlineTimer::Forever);
    m_bodyDeadline = QDeadlineTimer(QDeadlineTimer::Forever);
    m_socket->skip(m_socket->bytesAvailable());
    if (m_socket->bytesToWrite() == 0)
        shutdownWrite();
    rearm();
}

void HttpConnection::shutdownWrite()
{
    if (m_writeShut || m_finished)
        return;
    m_writeShut = true;
#ifdef Q_OS_UNIX
    // Half-close: the client reads the response and end of stream; what it still sends is discarded.
    if (::shutdown(int(m_socket->socketDescriptor()), SHUT_WR) == 0) {
        m_lingerDeadline.setRemainingTime(m_limits.lingerMs, Qt::PreciseTimer);
        rearm();
        return;
    }
#endif
    m_socket->disconnectFromHost();
    m_lingerDeadline.setRemainingTime(m_limits.lingerMs, Qt::PreciseTimer);
    rearm();
}

void HttpConnection::onBytesWritten()
{
    if (m_finished)
        return;
    if (m_socket->bytesToWrite() > 0)
        return;
    m_writeDeadline = QDeadlineTimer(QDeadlineTimer::Forever);
    rearm();
    if (m_busy)
        return; // inside our own write: the caller goes on
    if (m_phase == Phase::Closing) {
        shutdownWrite();
        return;
    }
    // Pipelined requests held back while the client was not reading.
    pump();
}

void HttpConnection::rearm()
{
    if (m_finished)
        return;
    qint64 next = -1;
    for (const QDeadlineTimer *d : {&m_headDeadline, &m_bodyDeadline, &m_writeDeadline, &m_lingerDeadline}) {
        if (d->isForever())
            continue;
        const qint64 left = d->remainingTime();
        if (next < 0 || left < next)
            next = left;
    }
    if (next < 0)
        m_timer.stop();
    else
        m_timer.start(int(qMax<qint64>(0, next)));
}

void HttpConnection::onTimer()
{
    if (m_finished)
        return;
    if (m_lingerDeadline.hasExpired() || m_writeDeadline.hasExpired()) {
        drop();
        return;
    }
    if (m_phase == Phase::AwaitingHead && m_headDeadline.hasExpired()) {
        if (m_parser.isIdle())
            beginClosing();
        else
            respondError(408,
                         "The request head did not arrive within " + seconds(m_limits.headTimeoutMs) + " s.");
        return;
    }
    if (m_phase == Phase::ReadingBody && m_bodyDeadline.hasExpired()) {
        respondError(408,
                     "The request body did not arrive within " + seconds(m_limits.bodyTimeoutMs) + " s.");
        return;
    }
    rearm();
}

void HttpConnection::drop()
{
    if (m_finished)
        return;
    m_socket->abort();
    finish();
}

void HttpConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    m_delayTimer.stop();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
    Q_EMIT closed();
}

} // namespace connectlab::sandbox
