#include "SystemBrowserRun.h"

#include "LoopbackListener.h"

#include <QDesktopServices>

namespace connectlab::web {

using connectlab::flow::LoopbackListener;

SystemBrowserRun::SystemBrowserRun(QObject *parent)
    : QObject(parent), m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
}

SystemBrowserRun::~SystemBrowserRun()
{
    stop();
}

bool SystemBrowserRun::isAvailableFor(const QUrl &redirectUri)
{
    return LoopbackListener::isLoopbackRedirect(redirectUri);
}

void SystemBrowserRun::setUrlOpener(std::function<bool(const QUrl &)> opener)
{
    m_opener = std::move(opener);
}

bool SystemBrowserRun::start(const QUrl &link, const QUrl &redirectUri, QString *error)
{
    stop();
    m_listener = new LoopbackListener(this);
    if (!m_listener->listen(redirectUri, error)) {
        stop();
        return false;
    }
    connect(m_listener, &LoopbackListener::callbackReceived, this, [this](const QUrl &callback) {
        stop();
        Q_EMIT callbackReceived(callback);
    });
    if (!m_opener || !m_opener(link)) {
        stop();
        if (error)
            *error = tr("The desktop's browser could not be opened.");
        return false;
    }
    return true;
}

void SystemBrowserRun::stop()
{
    if (m_listener) {
        m_listener->close();
        m_listener->deleteLater();
        m_listener = nullptr;
    }
}

bool SystemBrowserRun::isListening() const
{
    return m_listener && m_listener->isListening();
}

quint16 SystemBrowserRun::port() const
{
    return m_listener ? m_listener->port() : 0;
}

} // namespace connectlab::web
