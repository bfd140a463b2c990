#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace connectlab {

// One Connect Lab window per user. The first `connectlab` listens on a local socket; a second one (started
// by the desktop for a connectlab: link, or from a shell) hands its link to the first and exits. The socket
// is private to the user: in $XDG_RUNTIME_DIR (else the temp folder), named with the user id, and
// CONNECTLAB_INSTANCE_NAME (what the tests set, so they never meet a real window) replaces the name.
//
// The exchange: the second instance writes one line of UTF-8 JSON, {"link": "…"} ("" only raises the
// window), and the first answers "ok\n" once it has taken it.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    static QString serverName();

    // Hands `link` to the running instance; true when one took it within `timeoutMs`.
    static bool handOver(const QString &link, int timeoutMs = 10000); // a busy window may be slow to answer
    // Becomes the running instance. False when another one listens (or the socket cannot be made).
    bool listen();
    bool isListening() const;

Q_SIGNALS:
    // A second instance handed this link over ("" when it had none: show the window).
    void linkReceived(const QString &link);

private:
    void onNewConnection();

    QLocalServer *m_server;
};

} // namespace connectlab
