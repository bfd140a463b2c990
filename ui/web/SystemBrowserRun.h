#pragma once

#include <QObject>
#include <QUrl>

#include <functional>

namespace connectlab::flow {
class LoopbackListener;
}

namespace connectlab::web {

// The system-browser path of a run, for brands that refuse embedded browsers: opens the link with the
// desktop's browser and catches the callback on 127.0.0.1 with a LoopbackListener (loopback redirect URIs,
// `http://localhost:PORT/…`, only), once.
class SystemBrowserRun : public QObject
{
    Q_OBJECT
public:
    explicit SystemBrowserRun(QObject *parent = nullptr);
    ~SystemBrowserRun() override;

    // Whether a link with this redirect URI can run in the system browser.
    static bool isAvailableFor(const QUrl &redirectUri);

    // How the desktop's browser is opened; tests put a client of their own here. Default: QDesktopServices.
    void setUrlOpener(std::function<bool(const QUrl &)> opener);

    // Listens for `redirectUri`, then opens `link`. False, with a sentence in *error, when the redirect URI
    // is not a loopback one, its port is taken, or no browser could be opened (nothing listens then).
    bool start(const QUrl &link, const QUrl &redirectUri, QString *error);
    void stop();
    bool isListening() const;
    quint16 port() const;

Q_SIGNALS:
    // The browser came back to the redirect URI (the listener has stopped).
    void callbackReceived(const QUrl &url);

private:
    connectlab::flow::LoopbackListener *m_listener = nullptr;
    std::function<bool(const QUrl &)> m_opener;
};

} // namespace connectlab::web
