#include "ExchangePanel.h"

#include "ApiAuthPanel.h"
#include "Banner.h"
#include "ExchangeSession.h"
#include "SecretInput.h"
#include "TokenDisplay.h"
#include "VehicleList.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace connectlab {

ExchangePanel::ExchangePanel(QWidget *parent) : QWidget(parent), m_session(new ExchangeSession(this))
{
    m_session->setObjectName(QStringLiteral("exchangeSession"));
    buildUi();
    wireSession();
    wireApiAuth();
    updateButtons();
    updateRunLabel();
}

ExchangePanel::~ExchangePanel() = default;

void ExchangePanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    m_errorBanner = new Banner(this);
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    layout->addWidget(m_errorBanner);

    m_runLabel = new QLabel(this);
    m_runLabel->setObjectName(QStringLiteral("runLabel"));
    m_runLabel->setWordWrap(true);
    layout->addWidget(m_runLabel);

    // The authentication model: picked from what the redirect brought back, switchable.
    auto *modelRow = new QHBoxLayout;
    modelRow->addWidget(new QLabel(tr("Authentication:"), this));
    m_perVehicleRadio = new QRadioButton(tr("Per-&vehicle tokens"), this);
    m_perVehicleRadio->setObjectName(QStringLiteral("perVehicleRadio"));
    m_perVehicleRadio->setToolTip(
        tr("The redirect brings a code; exchange it for an access and a refresh token "
           "per vehicle (API v2, apps created before June 2025)."));
    m_apiAuthRadio = new QRadioButton(tr("API Au&thentication"), this);
    m_apiAuthRadio->setObjectName(QStringLiteral("apiAuthRadio"));
    m_apiAuthRadio->setToolTip(
        tr("The redirect brings the owner's user_id; one application token for the app, "
           "and sc-user-id on every vehicle call (API v3)."));
    auto *group = new QButtonGroup(this);
    group->addButton(m_perVehicleRadio);
    group->addButton(m_apiAuthRadio);
    m_perVehicleRadio->setChecked(true);
    modelRow->addWidget(m_perVehicleRadio);
    modelRow->addWidget(m_apiAuthRadio);
    modelRow->addStretch();
    layout->addLayout(modelRow);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("modelStack"));
    auto *perVehiclePage = new QWidget(m_stack);
    perVehiclePage->setObjectName(QStringLiteral("perVehiclePage"));
    auto *pageLayout = new QVBoxLayout(perVehiclePage);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(perVehiclePage);
    m_apiAuth = new ApiAuthPanel(m_stack);
    m_apiAuth->setObjectName(QStringLiteral("apiAuthPanel"));
    m_stack->addWidget(m_apiAuth);
    // On a small screen (1024x640) the forms, the tokens and the vehicles do not fit: they scroll, the
    // fields keep their height and the window its size.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("modelScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_stack);
    layout->addWidget(scroll, 1);
    connect(m_perVehicleRadio, &QRadioButton::toggled, this,
            [this](bool on) { m_stack->setCurrentWidget(on ? m_stack->widget(0) : m_apiAuth); });

    // The code and the app's credentials.
    auto *requestBox = new QGroupBox(tr("Exchange the code"), perVehiclePage);
    requestBox->setObjectName(QStringLiteral("requestBox"));
    auto *form = new QFormLayout(requestBox);
    m_codeEdit = new QLineEdit(requestBox);
    m_codeEdit->setObjectName(QStringLiteral("codeEdit"));
    m_codeEdit->setEchoMode(QLineEdit::Password);
    m_codeEdit->setPlaceholderText(tr("caught by Run, or paste one"));
    form->addRow(tr("Code:"), m_codeEdit);
    m_redirectEdit = new QLineEdit(requestBox);
    m_redirectEdit->setObjectName(QStringLiteral("redirectUriEdit"));
    m_redirectEdit->setPlaceholderText(tr("the redirect_uri the link used"));
    m_redirectEdit->setToolTip(tr("Sent again with the exchange; it must equal the link's redirect_uri."));
    form->addRow(tr("Redirect URI:"), m_redirectEdit);
    m_secret = new SecretInput(requestBox);
    m_secret->setObjectName(QStringLiteral("secretInput"));
    form->addRow(tr("Client secret:"), m_secret);
    m_exchangeButton = new QPushButton(tr("Exchange"), requestBox);
    m_exchangeButton->setObjectName(QStringLiteral("exchangeButton"));
    form->addRow(QString(), m_exchangeButton);
    pageLayout->addWidget(requestBox);

    m_tokenDisplay = new TokenDisplay(perVehiclePage);
    m_tokenDisplay->setObjectName(QStringLiteral("tokenDisplay"));
    pageLayout->addWidget(m_tokenDisplay);

    m_vehicleList = new VehicleList(perVehiclePage);
    m_vehicleList->setObjectName(QStringLiteral("vehicleList"));
    pageLayout->addWidget(m_vehicleList, 1);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    layout->addWidget(m_statusLabel);

    connect(m_exchangeButton, &QPushButton::clicked, this, &ExchangePanel::exchange);
    connect(m_codeEdit, &QLineEdit::returnPressed, this, &ExchangePanel::exchange);
    connect(m_codeEdit, &QLineEdit::textChanged, this, &ExchangePanel::updateButtons);
    connect(m_secret, &SecretInput::returnPressed, this, &ExchangePanel::exchange);
    connect(m_secret, &SecretInput::secretChanged, this, &ExchangePanel::updateButtons);
    connect(m_tokenDisplay, &TokenDisplay::refreshRequested, this, &ExchangePanel::refreshTokens);
    connect(m_tokenDisplay, &TokenDisplay::copied, this,
            [this] { m_statusLabel->setText(tr("Copied to the clipboard.")); });
    connect(m_vehicleList, &VehicleList::listRequested, this, &ExchangePanel::listVehicles);
    connect(m_vehicleList, &VehicleList::reauthenticateRequested, this,
            &ExchangePanel::reauthenticateRequested);
}

void ExchangePanel::wireSession()
{
    connect(m_session, &ExchangeSession::tokensChanged, this, &ExchangePanel::showTokens);
    connect(m_session, &ExchangeSession::tokensReceived, this, &ExchangePanel::onTokensReceived);
    connect(m_session, &ExchangeSession::tokenRequestFailed, this, &ExchangePanel::onTokenRequestFailed);
    connect(m_session, &ExchangeSession::vehiclesListed, this, &ExchangePanel::onVehiclesListed);
    connect(m_session, &ExchangeSession::vehicleRequestFailed, this, [this](const ApiError &error) {
        m_statusLabel->setText(tr("Could not list the vehicles."));
        showError(error);
    });
    connect(m_session, &ExchangeSession::activityChanged, this, [this](ExchangeSession::Activity activity) {
        switch (activity) {
        case ExchangeSession::Activity::Exchanging:
            m_statusLabel->setText(
                tr("Exchanging the code at %1…").arg(m_session->target().tokenUrl().toDisplayString()));
            break;
        case ExchangeSession::Activity::Refreshing:
            m_statusLabel->setText(tr("Refreshing the tokens…"));
            break;
        case ExchangeSession::Activity::ListingVehicles:
            m_statusLabel->setText(
                tr("Listing the vehicles at %1…").arg(m_session->target().vehiclesUrl().toDisplayString()));
            break;
        case ExchangeSession::Activity::Idle:
            break; // the answer's handler says how it ended
        }
    });
    connect(m_session, &ExchangeSession::busyChanged, this, [this](bool busy) {
        updateButtons();
        Q_EMIT busyChanged(busy);
    });
}

void ExchangePanel::wireApiAuth()
{
    connect(m_apiAuth, &ApiAuthPanel::statusChanged, m_statusLabel, &QLabel::setText);
    connect(m_apiAuth, &ApiAuthPanel::failed, this, [this](const ApiError &error) { showError(error); });
    connect(m_apiAuth, &ApiAuthPanel::problem, this, [this](const QString &text) { showError(text); });
    connect(m_apiAuth, &ApiAuthPanel::succeeded, this, &ExchangePanel::clearError);
    connect(m_apiAuth, &ApiAuthPanel::busyChanged, this, [this] { Q_EMIT busyChanged(isBusy()); });
    connect(m_apiAuth, &ApiAuthPanel::appTokenFinished, this, &ExchangePanel::exchangeFinished);
    connect(m_apiAuth, &ApiAuthPanel::reauthenticateRequested, this, &ExchangePanel::reauthenticateRequested);
}

ExchangePanel::Model ExchangePanel::model() const
{
    return m_apiAuthRadio->isChecked() ? Model::ApiAuthentication : Model::PerVehicle;
}

void ExchangePanel::setModel(Model model)
{
    (model == Model::ApiAuthentication ? m_apiAuthRadio : m_perVehicleRadio)->setChecked(true);
}

void ExchangePanel::setSuggestedApiCredentials(const QString &apiClientId, const QString &secret,
                                               const QString &note)
{
    m_apiAuth->setSuggestedCredentials(apiClientId, secret, note);
}

QString ExchangePanel::describeRun(int number, const QDateTime &at) const
{
    return tr("run %1 (%2)").arg(number).arg(at.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
}

void ExchangePanel::runStarted(int number, const QDateTime &startedAt)
{
    m_currentRun = Run{number, startedAt, {}, false, false, false};
    updateRunLabel();
}

void ExchangePanel::runFinished(bool success, const QString &summary)
{
    m_currentRun.finished = true;
    m_currentRun.success = success;
    m_currentRun.summary = summary;
    if (!success) {
        const bool earlier = m_resultRun.number > 0 && m_resultRun.number != m_currentRun.number;
        const QString latest = describeRun(m_currentRun.number, m_currentRun.startedAt);
        if (earlier) {
            // Say it beside the earlier results instead of the earlier run's "A code arrived".
            const QString text =
                tr("The latest run, %1, ended without a code or user ID: %2. What is shown below comes from "
                   "the "
                   "earlier %3 and is unaffected by it.")
                    .arg(latest, summary, describeRun(m_resultRun.number, m_resultRun.startedAt));
            m_statusLabel->setText(text);
            showError(text, Severity::Warning);
        } else {
            m_statusLabel->setText(
                tr("%1 ended without a code or user ID: %2. Nothing to exchange; run the link again.")
                    .arg(QString(latest.left(1).toUpper() + latest.mid(1)), summary));
        }
    }
    updateRunLabel();
}

void ExchangePanel::takeResultsFromCurrentRun()
{
    if (m_currentRun.number > 0)
        m_resultRun = m_currentRun;
    updateRunLabel();
}

void ExchangePanel::updateRunLabel()
{
    if (m_resultRun.number == 0 && m_currentRun.number == 0) {
        m_runLabel->setText(tr("No run yet: Run the link, and what the redirect brings back lands here."));
        m_runLabel->setProperty("state", QStringLiteral("none"));
        return;
    }
    QString text;
    QString state = QStringLiteral("current");
    if (m_resultRun.number > 0) {
        text = tr("From %1: %2.")
                   .arg(describeRun(m_resultRun.number, m_resultRun.startedAt),
                        m_resultRun.summary.isEmpty() ? tr("a result arrived") : m_resultRun.summary);
    }
    if (m_currentRun.number != m_resultRun.number) {
        const QString latest = describeRun(m_currentRun.number, m_currentRun.startedAt);
        if (!m_currentRun.finished)
            text += QLatin1Char(' ') + tr("The latest, %1, is still running.").arg(latest);
        else if (!m_currentRun.success) {
            text += QLatin1Char(' ') + tr("The latest, %1, ended in: %2.").arg(latest, m_currentRun.summary);
            state = QStringLiteral("stale");
        }
    }
    m_runLabel->setText(text.trimmed());
    m_runLabel->setProperty("state", state);
}

void ExchangePanel::setUserId(const QString &userId)
{
    m_currentRun.broughtUserId = true;
    takeResultsFromCurrentRun();
    clearError();
    setModel(Model::ApiAuthentication);
    m_apiAuth->setUserId(userId);
    if (!m_apiAuth->isBusy())
        m_statusLabel->setText(
            m_apiAuth->appToken().isValid()
                ? tr("The owner's user ID arrived; List connections shows their vehicles.")
                : tr("The owner's user ID arrived. Enter the API Client ID and secret, then Get "
                     "application token."));
}

void ExchangePanel::setTarget(const ApiTarget &target, const QString &clientId)
{
    m_apiAuth->setTarget(target);
    if (target == m_session->target() && clientId == m_session->clientId())
        return;
    m_session->setTarget(target, clientId); // aborts, and forgets the tokens and vehicles
    clearError();
    m_secret->setClientId(clientId);
    updateButtons();
}

ApiTarget ExchangePanel::target() const
{
    return m_session->target();
}

QString ExchangePanel::clientId() const
{
    return m_session->clientId();
}

void ExchangePanel::setSuggestedSecret(const QString &secret, const QString &note)
{
    m_secret->setSuggestedSecret(secret, note);
}

bool ExchangePanel::isSecretSuggested() const
{
    return m_secret->isSecretSuggested();
}

void ExchangePanel::setSecretStore(SecretStore *store)
{
    m_secret->setSecretStore(store);
    m_apiAuth->setSecretStore(store);
}

void ExchangePanel::setClock(std::function<QDateTime()> clock)
{
    m_apiAuth->setClock(clock);
    m_session->setClock(clock);
    m_tokenDisplay->setClock(std::move(clock));
}

TokenSet ExchangePanel::tokens() const
{
    return m_session->tokens();
}

QList<VehicleInfo> ExchangePanel::vehicles() const
{
    return m_session->vehicles();
}

bool ExchangePanel::isBusy() const
{
    return m_session->isBusy() || m_apiAuth->isBusy();
}

QString ExchangePanel::errorText() const
{
    return m_errorBanner->isHidden() ? QString() : m_errorBanner->text();
}

bool ExchangePanel::isCodeUsed() const
{
    return m_session->isCodeUsed(m_codeEdit->text());
}

void ExchangePanel::setCode(const QString &code, const QUrl &redirectUri)
{
    m_codeEdit->setText(code);
    m_redirectEdit->setText(redirectUri.toString(QUrl::FullyEncoded));
    takeResultsFromCurrentRun();
    clearError();
    // With a user_id in the same run the app uses API Authentication (the code only rides along).
    if (!m_currentRun.broughtUserId)
        setModel(Model::PerVehicle);
    const QString from = m_resultRun.number > 0
                             ? tr(" (from %1)").arg(describeRun(m_resultRun.number, m_resultRun.startedAt))
                             : QString();
    if (isCodeUsed())
        m_statusLabel->setText(tr("This code was already exchanged. Run the flow again for a new one."));
    else if (m_secret->secret().isEmpty())
        m_statusLabel->setText(tr("A code arrived%1. Enter the client secret, then Exchange.").arg(from));
    else
        m_statusLabel->setText(
            tr("A code arrived%1. Exchange it for tokens (it is valid for 10 minutes).").arg(from));
    updateButtons();
}

void ExchangePanel::exchange()
{
    if (isBusy())
        return;
    if (isCodeUsed()) {
        // A second exchange of the same code makes the server revoke the tokens the first one bought.
        showError(tr("This code was already exchanged for the tokens below. A code works only once: "
                     "exchanging it again would make the server revoke them. Run the flow again for a new "
                     "code."),
                  Severity::Warning);
        return;
    }
    QStringList missing;
    if (m_session->clientId().isEmpty())
        missing << tr("a client id (set it in the composer)");
    if (m_codeEdit->text().isEmpty())
        missing << tr("a code (Run the link, or paste one)");
    if (m_secret->secret().isEmpty())
        missing << tr("the client secret");
    if (!missing.isEmpty()) {
        showError(tr("To exchange, enter %1.").arg(missing.join(tr(" and "))));
        return;
    }
    clearError();
    m_session->exchange(m_codeEdit->text(), m_redirectEdit->text().trimmed(), m_secret->secret());
}

void ExchangePanel::refreshTokens()
{
    if (isBusy() || m_session->tokens().refreshToken.isEmpty())
        return;
    if (m_secret->secret().isEmpty()) {
        showError(tr("To refresh, enter the client secret."));
        return;
    }
    clearError();
    m_session->refresh(m_secret->secret());
}

void ExchangePanel::listVehicles()
{
    m_session->listVehicles();
}

void ExchangePanel::clearResults()
{
    m_apiAuth->clearResults();
    m_session->clear();
    showTokens();
}

void ExchangePanel::showTokens()
{
    if (m_session->tokenState() == ExchangeSession::TokenState::Revoked)
        m_tokenDisplay->showRevoked();
    else
        m_tokenDisplay->setTokens(m_session->tokens());
    m_vehicleList->setVehicles(m_session->vehicles());
    updateButtons();
}

void ExchangePanel::onTokensReceived(const TokenSet &tokens, bool refreshed)
{
    const QString expires = TokenDisplay::formatDuration(tokens.secondsLeft(m_session->now()));
    const QString summary =
        refreshed ? tr("Tokens refreshed; the access token expires in %1.").arg(expires)
                  : tr("Code exchanged for tokens; the access token expires in %1.").arg(expires);
    m_statusLabel->setText(summary);
    m_secret->secretWorked();
    updateButtons();
    Q_EMIT exchangeFinished(true, summary);
}

void ExchangePanel::onTokenRequestFailed(const ApiError &error, bool revoked)
{
    if (revoked) {
        // The refresh token was refused: the grant behind the tokens is gone; only a new run helps.
        m_statusLabel->setText(tr("The refresh failed; the tokens are revoked."));
        showError(error, tr("The tokens no longer work, so they were cleared."));
    } else if (error.operation == ApiError::Operation::Refresh) {
        m_statusLabel->setText(tr("The refresh failed."));
        showError(error);
    } else {
        m_statusLabel->setText(
            m_session->tokens().isValid()
                ? tr("The exchange failed; the tokens shown are still those of the earlier "
                     "code.")
                : tr("The exchange failed."));
        showError(error);
    }
    updateButtons();
    Q_EMIT exchangeFinished(false, error.summary());
}

void ExchangePanel::onVehiclesListed(const QList<VehicleInfo> &vehicles)
{
    m_statusLabel->setText(vehicles.isEmpty() ? tr("The owner granted no vehicles.")
                                              : tr("Vehicles granted: %n.", nullptr, int(vehicles.size())));
    Q_EMIT vehiclesListed(vehicles);
}

void ExchangePanel::showError(const ApiError &error, const QString &more)
{
    const QString text = more.isEmpty() ? error.explanation() : error.explanation() + QLatin1Char(' ') + more;
    m_errorBanner->showMessage(Severity::Error, text, error.summary());
    Q_EMIT errorChanged();
}

void ExchangePanel::showError(const QString &text, Severity severity)
{
    m_errorBanner->showMessage(severity, text);
    Q_EMIT errorChanged();
}

void ExchangePanel::clearError()
{
    if (m_errorBanner->isHidden())
        return;
    m_errorBanner->clear();
    Q_EMIT errorChanged();
}

void ExchangePanel::updateButtons()
{
    const bool busy = m_session->isBusy();
    const bool used = isCodeUsed();
    m_exchangeButton->setEnabled(!busy && !m_codeEdit->text().isEmpty() && !used);
    m_exchangeButton->setToolTip(
        used
            ? tr("This code was already exchanged: a code works only once, and exchanging it again makes the "
                 "server revoke its tokens. Run the flow again for a new code.")
            : tr("POST /oauth/token: trade the code for an access and a refresh token"));
    m_tokenDisplay->setBusy(busy);
    m_vehicleList->setListEnabled(!busy && m_session->tokens().isValid());
}

} // namespace connectlab
