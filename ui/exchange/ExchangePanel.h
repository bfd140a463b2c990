#pragma once

#include "ApiError.h"
#include "ApiTarget.h"
#include "SecretStore.h"
#include "TokenSet.h"
#include "VehicleInfo.h"

#include <QDateTime>
#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QTimer;
class QTreeWidget;
QT_END_NAMESPACE

namespace connectlab {

class Banner;
class TokenClient;
class VehicleClient;

// After a run: exchanges the caught code for tokens, shows them masked (Reveal, Copy), the access token's
// expiry as a live countdown, refreshes them, and lists the vehicles the owner granted. A vehicle can be
// handed to the composer to build its re-authentication link.
//
// Wiring (the window does this):
//   flowRunner->codeReceived(code, redirectUri)  ->  panel->setCode(code, redirectUri)
//   target / client id changes in the composer   ->  panel->setTarget(ApiTarget::singleOrigin(sandbox) or
//                                                    ApiTarget::smartcar(), clientId)
//   panel->reauthenticateRequested(vehicleId)     ->  composer: re-authentication link for that vehicle
//   panel->exchangeFinished(ok, summary)          ->  history (the summary never holds a secret or token)
//
// The client secret is typed per session, or read from / saved in the desktop's keychain when "Remember in
// keychain" is ticked (saved after an exchange that worked, removed when unticked). The secret, the code and
// the tokens are never written to disk, to settings, a profile or a log.
//
// Child widgets carry object names for tests: codeEdit, redirectUriEdit, secretEdit, rememberCheck,
// secretNoteLabel, keychainLabel, exchangeButton, errorBanner, accessTokenEdit, revealAccessButton,
// copyAccessButton, refreshTokenEdit, revealRefreshButton, copyRefreshButton, expiryLabel, refreshButton,
// vehiclesTree, listVehiclesButton, reauthButton, statusLabel.
class ExchangePanel : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)

public:
    explicit ExchangePanel(QWidget *parent = nullptr);
    ~ExchangePanel() override;

    // Where to send the exchange and which app is asking. A different target or client id clears the
    // tokens and vehicles, and looks the client id's secret up in the keychain.
    void setTarget(const ApiTarget &target, const QString &clientId);
    ApiTarget target() const { return m_target; }
    QString clientId() const { return m_clientId; }

    // A secret that is public by design (the local sandbox's demo app), filled into an empty secret field
    // with `note` shown under it; an empty `secret` takes a suggestion back out of the field. A suggested
    // secret is never written to the keychain.
    void setSuggestedSecret(const QString &secret, const QString &note);
    bool isSecretSuggested() const;

    // The keychain to use. The panel creates a SecretStore (qtkeychain) by default; nullptr turns the
    // keychain off (the checkbox is disabled). The panel does not take ownership of a store passed here.
    void setSecretStore(SecretStore *store);
    // Time source for the countdown (tests inject their own).
    void setClock(std::function<QDateTime()> clock);

    TokenSet tokens() const { return m_tokens; }
    QList<VehicleInfo> vehicles() const { return m_vehicles; }
    bool isBusy() const { return m_busy; }
    QString errorText() const; // the banner's explanation, empty when there is no error

public Q_SLOTS:
    // A code caught by the flow, with the redirect URI the link used (it must be sent again).
    void setCode(const QString &code, const QUrl &redirectUri);
    void exchange();
    void refreshTokens();
    void listVehicles();
    void clearResults(); // forgets the tokens and vehicles

Q_SIGNALS:
    // "Re-authenticate this vehicle": the composer builds /oauth/reauthenticate for it.
    void reauthenticateRequested(const QString &vehicleId);
    // An exchange or refresh ended; `summary` is one line for the history, free of secrets.
    void exchangeFinished(bool ok, const QString &summary);
    void vehiclesListed(const QList<connectlab::VehicleInfo> &vehicles);
    void busyChanged(bool busy);
    void errorChanged();

private:
    void buildUi();
    void setBusy(bool busy);
    void showError(const ApiError &error);
    void showError(const QString &text);
    void clearError();
    void showTokens();
    void updateCountdown();
    void updateButtons();
    void onTokens(const TokenSet &tokens);
    void onTokenError(const ApiError &error);
    void onVehicles(const QList<VehicleInfo> &vehicles);
    void onSecretRead(const QString &clientId, const QString &secret, SecretStore::Status status,
                      const QString &message);
    void onRememberToggled(bool on);
    void updateSecretNote();
    QDateTime now() const;

    ApiTarget m_target = ApiTarget::smartcar();
    QString m_clientId;
    QString m_suggestedSecret;
    QString m_suggestedNote;
    TokenSet m_tokens;
    QList<VehicleInfo> m_vehicles;
    bool m_busy = false;
    bool m_lastWasRefresh = false;
    std::function<QDateTime()> m_clock;

    QNetworkAccessManager *m_network = nullptr;
    TokenClient *m_tokenClient = nullptr;
    VehicleClient *m_vehicleClient = nullptr;
    SecretStore *m_ownStore = nullptr;
    QPointer<SecretStore> m_store;
    QTimer *m_countdown = nullptr;
    QTimer *m_keychainLookup = nullptr; // debounces keychain reads while a client id is being typed

    QLineEdit *m_codeEdit = nullptr;
    QLineEdit *m_redirectEdit = nullptr;
    QLineEdit *m_secretEdit = nullptr;
    QLabel *m_secretNote = nullptr;
    QCheckBox *m_rememberCheck = nullptr;
    QLabel *m_keychainLabel = nullptr;
    QPushButton *m_exchangeButton = nullptr;
    Banner *m_errorBanner = nullptr;
    QLineEdit *m_accessEdit = nullptr;
    QPushButton *m_revealAccess = nullptr;
    QPushButton *m_copyAccess = nullptr;
    QLineEdit *m_refreshEdit = nullptr;
    QPushButton *m_revealRefresh = nullptr;
    QPushButton *m_copyRefresh = nullptr;
    QLabel *m_expiryLabel = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QTreeWidget *m_vehiclesTree = nullptr;
    QPushButton *m_listVehiclesButton = nullptr;
    QPushButton *m_reauthButton = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace connectlab
