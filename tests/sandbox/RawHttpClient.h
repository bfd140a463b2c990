#pragma once
// A raw TCP client for the HTTP front's tests: sends exact bytes, reads exact bytes, and waits by running the
// event loop (the server under test lives in the same thread), never with blocking socket calls.

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QPair>
#include <QTcpSocket>
#include <QTest>

#include <functional>

namespace connectlab::sandbox::testing {

// One response as it came over the wire.
struct RawResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

// Splits bytes into the responses they hold (status line, fields, Content-Length body); a response to HEAD
// has no body, so say which of them answer HEAD.
inline QList<RawResponse> parseResponses(QByteArray bytes, const QList<int> &headIndexes = {})
{
    QList<RawResponse> out;
    while (true) {
        const qsizetype end = bytes.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        const QList<QByteArray> lines = bytes.left(end).split('\n');
        RawResponse r;
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        if (statusLine.size() < 2 || !statusLine.first().startsWith("HTTP/1.1"))
            break;
        r.status = statusLine.at(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            r.headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
        }
        qsizetype length = r.header("Content-Length").toLongLong();
        if (headIndexes.contains(int(out.size())) || r.status < 200)
            length = 0;
        if (bytes.size() < end + 4 + length)
            break;
        r.body = bytes.mid(end + 4, length);
        bytes.remove(0, end + 4 + length);
        out.append(r);
    }
    return out;
}

class RawHttpClient
{
public:
    explicit RawHttpClient(quint16 port) { m_socket.connectToHost(QHostAddress::LocalHost, port); }

    QTcpSocket &socket() { return m_socket; }

    bool waitConnected(int ms = 5000)
    {
        return waitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, ms);
    }
    void send(const QByteArray &bytes)
    {
        if (m_socket.state() != QAbstractSocket::ConnectedState && !waitConnected())
            return;
        m_socket.write(bytes);
        m_socket.flush();
    }
    // Runs the event loop until `done` holds or `ms` pass; reads what arrives meanwhile.
    bool waitFor(const std::function<bool()> &done, int ms)
    {
        QElapsedTimer timer;
        timer.start();
        while (true) {
            collect();
            if (done())
                return true;
            if (timer.elapsed() >= ms)
                return false;
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            QTest::qSleep(0);
        }
    }
    // Until the server closed the connection (end of stream or reset).
    bool waitClosed(int ms)
    {
        return waitFor([this] { return closed(); }, ms);
    }
    bool waitResponses(int n, int ms)
    {
        return waitFor([this, n] { return responses().size() >= n; }, ms);
    }
    bool waitBytes(QByteArrayView what, int ms)
    {
        return waitFor([this, what] { return m_received.contains(what); }, ms);
    }

    bool closed() const { return m_socket.state() == QAbstractSocket::UnconnectedState; }
    const QByteArray &received() const { return m_received; }
    QList<RawResponse> responses(const QList<int> &headIndexes = {}) const
    {
        return parseResponses(m_received, headIndexes);
    }
    void collect()
    {
        if (m_socket.isOpen())
            m_received += m_socket.readAll();
    }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

} // namespace connectlab::sandbox::testing
