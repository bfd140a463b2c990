#pragma once

#include "ApiError.h"
#include "ApiTarget.h"
#include "Diagnostic.h"
#include "SecretStore.h"
#include "TokenSet.h"
#include "VehicleInfo.h"

#include <QDateTime>
#include <QUrl>
#include <QWidget>

#include <functional>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
QT_END_NAMESPACE

namespace connectlab {

class ApiAuthPanel;
class Banner;
class ExchangeSession;
class SecretInput;
class TokenDisplay;
class VehicleList;

// The Tokens tab, for both of Smartcar's authentication models, picked from what the redirect brought back
// (a code: "Per-vehicle tokens"; a user_id: "API Authentication") and switchable by the user.
//
// Per-vehicle tokens (API v2). After a run: exchanges the caught code for tokens, shows them masked (Reveal,
// Copy), the access token's expiry as a live countdown, refreshes them, and lists the vehicles the owner
// granted. A vehicle can be handed to the composer to build its re-authentication link.
//
// The panel puts its parts together and says what happens: ExchangeSession (core/net) is the workflow and
// knows the codes and tokens, SecretInput the client secret and the keychain, TokenDisplay the tokens,
// VehicleList the vehicles.
//
// A code works once: after a successful exchange, Exchange is disabled for that code (a new code enables it
// again). When the server refuses the live tokens (invalid_grant on the refresh, or on the code they came
// from), the tokens and vehicles are cleared, the expiry line says "Revoked" and the banner says to run the
// flow again.
//
// API Authentication (API v3): ApiAuthPanel gets the application token with the API Client ID and secret,
// then lists the connections of the owner whose user_id the redirect brought back and reads signals.
//
// Which run the results belong to (runLabel): the run that brought the code or user id, with its number and
// time. A later run that ends without either (a deny, an error) is said plainly beside them, and the earlier
// results are kept and marked as that earlier run's.
//
// Nothing is paid before the tab is used: no network access manager until the first request, no keychain
// (D-Bus) until the secret field is first shown.
//
// Wiring (the window does this):
//   run started / finished                      ->  panel->runStarted(number, time) / runFinished(ok,
//   summary) flowRunner->codeReceived(code, redirectUri)  ->  panel->setCode(code, redirectUri)
//   flowRunner->userIdReceived(userId)           ->  panel->setUserId(userId)
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
// vehiclesTree, listVehiclesButton, reauthButton, statusLabel; and the parts: secretInput, tokenDisplay,
// vehicleList, exchangeSession; runLabel, perVehicleRadio, apiAuthRadio, modelStack, apiAuthPanel (see
// ApiAuthPanel for its children).
class ExchangePanel : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)

public:
    enum class Model
    {
        PerVehicle,        // a code, exchanged for an access and a refresh token per vehicle (API v2)
        ApiAuthentication, // a user_id, an application token, sc-user-id (API v3)
    };
    Q_ENUM(Model)

    explicit ExchangePanel(QWidget *parent = nullptr);
    ~ExchangePanel() override;

    // Where to send the exchange and which app is asking. A different target or client id clears the
    // tokens and vehicles, and looks the client id's secret up in the keychain.
    void setTarget(const ApiTarget &target, const QString &clientId);
    ApiTarget target() const;
    QString clientId() const;

    // A secret that is public by design (the local sandbox's demo app), filled into an empty secret field
    // with `note` shown under it; an empty `secret` takes a suggestion back out of the field. A suggested
    // secret is never written to the keychain.
    void setSuggestedSecret(const QString &secret, const QString &note);
    bool isSecretSuggested() const;
    // The same for API Authentication: the demo v3 app's API Client ID and its documented secret.
    void setSuggestedApiCredentials(const QString &apiClientId, const QString &secret, const QString &note);

    Model model() const;
    void setModel(Model model);
    ApiAuthPanel *apiAuthPanel() const { return m_apiAuth; }

    // The keychain to use. The panel creates a SecretStore (qtkeychain) on first need by default; nullptr
    // turns the keychain off (the checkbox is disabled). The panel does not take ownership of a store
    // passed here.
    void setSecretStore(SecretStore *store);
    // Time source for the countdown (tests inject their own).
    void setClock(std::function<QDateTime()> clock);

    TokenSet tokens() const;
    QList<VehicleInfo> vehicles() const;
    bool isBusy() const;
    QString errorText() const; // the banner's explanation, empty when there is no error
    // Whether the code in the code field was already exchanged in this session (Exchange is then disabled).
    bool isCodeUsed() const;

public Q_SLOTS:
    // A code caught by the flow, with the redirect URI the link used (it must be sent again).
    void setCode(const QString &code, const QUrl &redirectUri);
    // The owner's user_id caught by the flow (API Authentication): switches to that model.
    void setUserId(const QString &userId);
    // A run of the link started (1, 2, … in this window) / ended; `summary` is the run's one line ("code
    // received, state matches", "access_denied: …").
    void runStarted(int number, const QDateTime &startedAt);
    void runFinished(bool success, const QString &summary);
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
    void wireSession();
    void showError(const ApiError &error, const QString &more = {});
    void showError(const QString &text, Severity severity = Severity::Error);
    void clearError();
    void showTokens();
    void updateButtons();
    void onTokensReceived(const TokenSet &tokens, bool refreshed);
    void onTokenRequestFailed(const ApiError &error, bool revoked);
    void onVehiclesListed(const QList<VehicleInfo> &vehicles);
    void wireApiAuth();
    void takeResultsFromCurrentRun();
    void updateRunLabel();
    QString describeRun(int number, const QDateTime &at) const;

    struct Run
    {
        int number = 0; // 0: no run known
        QDateTime startedAt;
        QString summary;
        bool finished = false;
        bool success = false;
        bool broughtUserId = false;
    };
    Run m_currentRun; // the latest run
    Run m_resultRun;  // the run the code / user id in the tab came from

    ExchangeSession *m_session = nullptr;

    Banner *m_errorBanner = nullptr;
    QLabel *m_runLabel = nullptr;
    QRadioButton *m_perVehicleRadio = nullptr;
    QRadioButton *m_apiAuthRadio = nullptr;
    QStackedWidget *m_stack = nullptr;
    ApiAuthPanel *m_apiAuth = nullptr;
    QLineEdit *m_codeEdit = nullptr;
    QLineEdit *m_redirectEdit = nullptr;
    SecretInput *m_secret = nullptr;
    QPushButton *m_exchangeButton = nullptr;
    TokenDisplay *m_tokenDisplay = nullptr;
    VehicleList *m_vehicleList = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace connectlab
