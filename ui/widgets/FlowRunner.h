#pragma once

#include <QUrl>
#include <QWidget>

namespace connectlab {

// What the composer window knows about a flow panel. The panel itself lives in connectlab_web (it needs
// Qt WebEngine); the window only holds this interface, so connectlab_ui never links WebEngine and the
// browser is created on the first Run.
class FlowRunner : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Opens `url` and waits for a navigation to `redirectUri` (already resolved: the link's redirect_uri,
    // or the target's default when the link has none). `sentState` is the state the link carries ("" if
    // none).
    virtual void run(const QUrl &url, const QUrl &redirectUri, const QString &sentState) = 0;
    virtual void stop() = 0;
    // A run is waiting for its redirect (in the embedded or the system browser).
    virtual bool isWaiting() const = 0;

Q_SIGNALS:
    // A run started (for the history).
    void launched(const QUrl &url);
    // A run ended: `summary` is one line for the history ("code received, state matches", "access_denied" …);
    // `success` when a code or a user_id came back.
    void finished(bool success, const QString &summary, const QUrl &callbackUrl);
    // A code came back: what the token exchange needs (per-vehicle tokens).
    void codeReceived(const QString &code, const QUrl &redirectUri);
    // The owner's user_id came back (API Authentication): what the vehicle calls name in sc-user-id.
    void userIdReceived(const QString &userId);
    // The user asked to run again: the window runs the current link (with a new state when "new state every
    // run" is on). A runner nobody listens to runs its last link again itself.
    void runAgainRequested();
    // isWaiting() changed: the window's Stop follows it.
    void waitingChanged(bool waiting);
};

} // namespace connectlab
