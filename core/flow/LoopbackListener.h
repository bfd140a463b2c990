#pragma once

#include "RedirectMatcher.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace connectlab::flow {

// The system-browser path (RFC 8252 section 7.3): for a loopback redirect URI `http://localhost:PORT/…`
// (or 127.0.0.1), listens on 127.0.0.1:PORT only, waits for the desktop browser to land on the redirect
// URI, answers it with a short page saying the tab can be closed, emits the callback URL once and stops
// listening. Requests for other paths (a favicon, a look-alike) get a 404 and do not end the wait.
class LoopbackListener : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackListener(QObject *parent = nullptr);
    ~LoopbackListener() override;

    // http, host localhost / 127.0.0.1, an explicit port, no fragment.
    static bool isLoopbackRedirect(const QUrl &redirectUri);

    // Starts listening for `redirectUri`. False (and *error) when the URI is not a loopback one or the port
    // is taken.
    bool listen(const QUrl &redirectUri, QString *error = nullptr);
    bool isListening() const;
    quint16 port() const;
    QUrl redirectUri() const { return m_matcher.redirectUri(); }
    void close();

    static constexpr qsizetype MaxRequestBytes = 16 * 1024;

Q_SIGNALS:
    // The browser reached the redirect URI; `url` is the full callback (redirect URI + query).
    void callbackReceived(const QUrl &url);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    static void respond(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &html);

    QTcpServer *m_server = nullptr;
    RedirectMatcher m_matcher;
    bool m_done = false;
};

} // namespace connectlab::flow
