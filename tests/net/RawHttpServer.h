#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>

namespace connectlab::test {

// A minimal HTTP/1.1 server on 127.0.0.1 for what the sandbox cannot show: the exact bytes a client sent,
// and answers the sandbox never gives (HTML instead of JSON, a server error, no answer at all).
class RawHttpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit RawHttpServer(QObject *parent = nullptr);

    bool start(); // 127.0.0.1, a free port
    QUrl baseUrl() const;

    // The answer to every request; an empty response means never answer (to test timeouts).
    void setResponse(int status, const QByteArray &contentType, const QByteArray &body);
    void setSilent();

    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query, as sent
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
    };
    QList<Request> requests() const { return m_requests; }

Q_SIGNALS:
    void requestReceived();

private:
    void onNewConnection();
    QByteArray m_response;
    QList<Request> m_requests;
};

} // namespace connectlab::test
