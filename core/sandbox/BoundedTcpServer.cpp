#include "BoundedTcpServer.h"

#include <QTcpSocket>

namespace connectlab::sandbox {

BoundedTcpServer::BoundedTcpServer(QObject *parent) : QTcpServer(parent)
{
    m_sweeper.setInterval(500);
    connect(&m_sweeper, &QTimer::timeout, this, &BoundedTcpServer::sweep);
    m_sweeper.start();
}

int BoundedTcpServer::openConnections() const
{
    int n = 0;
    for (const Connection &c : m_connections) {
        if (c.socket)
            ++n;
    }
    return n;
}

BoundedTcpServer::Connection *BoundedTcpServer::find(const QTcpSocket *socket)
{
    for (Connection &c : m_connections) {
        if (c.socket == socket)
            return &c;
    }
    return nullptr;
}

void BoundedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    sweep();
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    if (openConnections() >= MaxConnections) {
        socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->flush();
        socket->abort();
        socket->deleteLater();
        return;
    }
    Connection c;
    c.socket = socket;
    c.lastActivity.start();
    m_connections.append(c);

    // Connected before Qt HttpServer connects its own slot, so this runs first and sees only the new bytes.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        Connection *c = find(socket);
        if (!c)
            return;
        c->lastActivity.restart();
        c->bytesSinceResponse += socket->bytesAvailable();
        if (c->bytesSinceResponse > MaxRequestBytes) {
            socket->write(
                "HTTP/1.1 413 Payload Too Large\r\nContent-Type: text/plain\r\nContent-Length: 18\r\n"
                "Connection: close\r\n\r\nRequest too large\n");
            socket->flush();
            // Keep Qt HttpServer from parsing what is already buffered, then drop the connection once
            // this signal emission is over (aborting inside it would pull the device from under Qt's slot).
            disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
            socket->setReadBufferSize(1);
            QMetaObject::invokeMethod(socket, &QTcpSocket::abort, Qt::QueuedConnection);
        }
    });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
        if (Connection *c = find(socket)) {
            c->bytesSinceResponse = 0;
            c->lastActivity.restart();
        }
    });
    addPendingConnection(socket);
}

void BoundedTcpServer::sweep()
{
    for (qsizetype i = m_connections.size() - 1; i >= 0; --i) {
        Connection &c = m_connections[i];
        if (!c.socket) {
            m_connections.removeAt(i);
            continue;
        }
        const bool dead = c.socket->state() == QAbstractSocket::UnconnectedState;
        if (dead || c.lastActivity.elapsed() > IdleTimeoutMs) {
            c.socket->abort();
            c.socket->deleteLater();
            m_connections.removeAt(i);
        }
    }
}

} // namespace connectlab::sandbox
