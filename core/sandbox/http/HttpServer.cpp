#include "HttpServer.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace connectlab::sandbox {

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QObject(parent), m_handler(std::move(handler)), m_tcp(new QTcpServer(this))
{
    connect(m_tcp, &QTcpServer::newConnection, this, &HttpServer::accept);
}

HttpServer::~HttpServer()
{
    // A connection inside the handler (the handler deleted its server) goes once the handler returns.
    for (HttpConnection *c : std::as_const(m_connections)) {
        if (c->isHandling()) {
            c->setParent(nullptr);
            c->deleteLater();
        }
        c->disconnect(this);
        c->drop();
    }
}

bool HttpServer::listen(quint16 port)
{
    if (m_tcp->isListening())
        m_tcp->close();
    // A burst of clients must not overflow the accept queue: a dropped SYN costs a second to retry.
    m_tcp->setListenBacklogSize(qMax(64, m_limits.maxConnections));
    return m_tcp->listen(QHostAddress::LocalHost, port);
}

bool HttpServer::isListening() const
{
    return m_tcp->isListening();
}

quint16 HttpServer::port() const
{
    return m_tcp->isListening() ? m_tcp->serverPort() : 0;
}

void HttpServer::close()
{
    m_tcp->close();
    const QList<HttpConnection *> connections = m_connections;
    for (HttpConnection *c : connections)
        c->drop(); // forget() runs through closed()
}

void HttpServer::accept()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        if (m_connections.size() >= m_limits.maxConnections && !evictOne()) {
            // Every connection is inside the handler: refuse politely rather than grow.
            socket->write(
                "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\nContent-Length: 21\r\n"
                "Connection: close\r\n\r\nToo many connections\n");
            socket->disconnectFromHost();
            if (socket->state() == QAbstractSocket::UnconnectedState)
                socket->deleteLater();
            else
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            continue;
        }
        auto *connection = new HttpConnection(socket, m_limits, m_handler, this);
        connect(connection, &HttpConnection::closed, this, [this, connection] { forget(connection); });
        m_connections.append(connection);
    }
}

bool HttpServer::evictOne()
{
    // First a connection that is only closing, then the longest wait for a head, then the longest body.
    HttpConnection *victim = nullptr;
    auto rank = [](const HttpConnection *c) {
        switch (c->phase()) {
        case HttpConnection::Phase::Closing:
            return 0;
        case HttpConnection::Phase::AwaitingHead:
            return 1;
        case HttpConnection::Phase::ReadingBody:
            return 2;
        case HttpConnection::Phase::Answering:
            return 3;
        }
        return 4;
    };
    for (HttpConnection *c : std::as_const(m_connections)) {
        if (c->isHandling())
            continue;
        if (!victim || rank(c) < rank(victim) ||
            (rank(c) == rank(victim) && c->phaseSince() < victim->phaseSince()))
            victim = c;
    }
    if (!victim)
        return false;
    victim->drop();
    return true;
}

void HttpServer::forget(HttpConnection *connection)
{
    m_connections.removeOne(connection);
    connection->deleteLater();
}

} // namespace connectlab::sandbox
