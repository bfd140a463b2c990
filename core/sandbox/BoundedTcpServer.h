#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

class QTcpSocket;

namespace connectlab::sandbox {

// A QTcpServer that keeps hostile clients in bounds before Qt HttpServer buffers their bytes: at most
// MaxConnections open connections, at most MaxRequestBytes read per request (headers and body), and idle
// or half-dead connections closed after IdleTimeoutMs. Oversized requests get 413 and are closed.
class BoundedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    static constexpr int MaxConnections = 128;
    static constexpr qint64 MaxRequestBytes = 64 * 1024;
    static constexpr int IdleTimeoutMs = 15000;

    explicit BoundedTcpServer(QObject *parent = nullptr);

    int openConnections() const;

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    struct Connection
    {
        QPointer<QTcpSocket> socket;
        qint64 bytesSinceResponse = 0;
        QElapsedTimer lastActivity;
    };
    Connection *find(const QTcpSocket *socket);
    void sweep();

    QList<Connection> m_connections;
    QTimer m_sweeper;
};

} // namespace connectlab::sandbox
