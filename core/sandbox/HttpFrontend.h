#pragma once

#include <QAbstractHttpServer>
#include <QHttpServerResponse>

#include <functional>

namespace connectlab::sandbox {

// Hands every parsed request to one handler and writes its response: the sandbox does its own routing.
class HttpFrontend : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<QHttpServerResponse(const QHttpServerRequest &request)>;

    explicit HttpFrontend(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace connectlab::sandbox
