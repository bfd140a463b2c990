#pragma once

#include "ApiError.h"
#include "ApiTarget.h"
#include "AppToken.h"
#include "SecretStore.h"
#include "V3Connection.h"
#include "V3Signal.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

#include <functional>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QTimer;
class QTreeWidget;
QT_END_NAMESPACE

namespace connectlab {

class AppTokenClient;
class SecretInput;
class V3Client;

// The Tokens tab's "API Authentication" model (Smartcar API v3): the API Client ID (client_…) and one of
// its secrets (typed, or from the keychain as for per-vehicle tokens), Get application token (shown masked
// with Reveal and Copy, its hour as a live countdown; no refresh: once it has expired the next call gets a
// new one first), then for the owner's user_id that the redirect brought back: List connections (the
// owner's vehicles with make, model and year) and Read signals of the selected vehicle, each call naming the
// owner in sc-user-id. The calls are core/net's AppTokenClient and V3Client; this widget only shows them.
//
// What happens goes out as signals (the Tokens tab shows them in its shared banner and status line).
// The secret and the token are never written to disk, to settings, a profile or a log.
//
// Child object names: apiClientIdEdit, apiSecretInput (its field apiSecretEdit, apiRememberCheck,
// apiSecretNoteLabel, apiKeychainLabel), appTokenButton, appTokenEdit, revealAppTokenButton,
// copyAppTokenButton, appTokenExpiryLabel ("state": none, live, expired), appTokenTimer, userIdEdit,
// listConnectionsButton, connectionsTree, readSignalsButton, signalsTree, v3ReauthButton.
class ApiAuthPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ApiAuthPanel(QWidget *parent = nullptr);
    ~ApiAuthPanel() override;

    // Where the calls go. A different target forgets the token and the lists.
    void setTarget(const ApiTarget &target);
    ApiTarget target() const { return m_target; }
    // Credentials that are public by design (the local sandbox's demo v3 app): the id fills an empty (or
    // previously suggested) API Client ID field, the secret is suggested with `note`. Empty values take a
    // suggestion back out.
    void setSuggestedCredentials(const QString &apiClientId, const QString &secret, const QString &note);
    QString apiClientId() const;
    void setSecretStore(SecretStore *store);
    void setClock(std::function<QDateTime()> clock);

    // The owner's id the redirect brought back. With a live token, lists the owner's connections at once.
    void setUserId(const QString &userId);
    QString userId() const;

    AppToken appToken() const { return m_token; }
    QList<V3Connection> connections() const { return m_connections; }
    QList<V3Signal> signalList() const { return m_signals; }
    bool isBusy() const;
    // Forgets the token and the lists (not the id, the secret or the user id).
    void clearResults();

public Q_SLOTS:
    void requestAppToken();
    void listConnections();
    void readSignals();

Q_SIGNALS:
    void statusChanged(const QString &text);
    void failed(const connectlab::ApiError &error);
    void problem(const QString &text); // input missing or wrong, before anything is sent
    void succeeded();                  // a call worked: the shared banner can go
    void busyChanged(bool busy);
    // An application token arrived (or a request for one failed); one line for the history, free of secrets.
    void appTokenFinished(bool ok, const QString &summary);
    void reauthenticateRequested(const QString &vehicleId);

private:
    enum class Next
    {
        Nothing,
        ListConnections,
        ReadSignals
    };
    void buildUi();
    void ensureClients();
    bool tokenUsable() const;
    // Starts `next` now, or after getting a (new) application token first.
    void run(Next next);
    void startNext(Next next);
    void onToken(const AppToken &token);
    void onFailed(const ApiError &error);
    void onConnections(const QList<V3Connection> &connections);
    void onSignals(const QList<V3Signal> &signalList);
    void showToken();
    void updateCountdown();
    void updateButtons();
    QString currentVehicleId() const;
    QDateTime now() const;

    ApiTarget m_target = ApiTarget::smartcar();
    std::function<QDateTime()> m_clock;
    QString m_suggestedId;
    AppToken m_token;
    QList<V3Connection> m_connections;
    QList<V3Signal> m_signals;
    Next m_afterToken = Next::Nothing;
    bool m_busy = false;

    QNetworkAccessManager *m_network = nullptr;
    AppTokenClient *m_tokenClient = nullptr;
    V3Client *m_v3 = nullptr;

    QLineEdit *m_idEdit = nullptr;
    SecretInput *m_secret = nullptr;
    QPushButton *m_tokenButton = nullptr;
    QLineEdit *m_tokenEdit = nullptr;
    QPushButton *m_revealButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QLabel *m_expiryLabel = nullptr;
    QTimer *m_countdown = nullptr;
    QLineEdit *m_userIdEdit = nullptr;
    QPushButton *m_listButton = nullptr;
    QTreeWidget *m_connectionsTree = nullptr;
    QPushButton *m_signalsButton = nullptr;
    QTreeWidget *m_signalsTree = nullptr;
    QPushButton *m_reauthButton = nullptr;
};

} // namespace connectlab
