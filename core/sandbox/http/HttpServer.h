#pragma once

#include "HttpConnection.h"
#include "HttpLimits.h"

#include <QList>
#include <QObject>

#include <functional>

class QTcpServer;

namespace connectlab::sandbox {

// The sandbox's HTTP/1.1 server: listens on 127.0.0.1 only, hands every complete request to one handler
// and writes its response (HttpConnection does the per-connection work). Capacity: at most maxConnections
// at once; when a new client arrives at the cap, a connection that is only closing or else the one that has
// waited longest for a complete request head makes room (failing those, the longest body upload), so slow
// clients cannot lock others out; a newcomer gets 503 only if no connection can go.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = HttpConnection::Handler;

    explicit HttpServer(Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    // Applies to connections accepted from now on.
    void setLimits(const HttpLimits &limits) { m_limits = limits; }
    const HttpLimits &limits() const { return m_limits; }

    // 127.0.0.1 only, never another interface. Port 0 picks a free port.
    bool listen(quint16 port = 0);
    bool isListening() const;
    quint16 port() const;
    // Stops listening and drops every connection.
    void close();

    int openConnections() const { return int(m_connections.size()); }

private:
    void accept();
    bool evictOne();
    void forget(HttpConnection *connection);

    Handler m_handler;
    HttpLimits m_limits;
    QTcpServer *m_tcp;
    QList<HttpConnection *> m_connections;
};

} // namespace connectlab::sandbox
