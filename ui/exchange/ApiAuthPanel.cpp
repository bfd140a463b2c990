#include "ApiAuthPanel.h"

#include "AppTokenClient.h"
#include "SecretInput.h"
#include "Theme.h"
#include "TokenDisplay.h"
#include "V3Client.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace connectlab {

namespace {

QPushButton *makeButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    return button;
}

QTreeWidget *makeTree(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setRootIsDecorated(false);
    tree->setHeaderLabels(headers);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->setMinimumHeight(80);
    return tree;
}

} // namespace

ApiAuthPanel::ApiAuthPanel(QWidget *parent) : QWidget(parent), m_countdown(new QTimer(this))
{
    m_countdown->setObjectName(QStringLiteral("appTokenTimer"));
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &ApiAuthPanel::updateCountdown);
    buildUi();
    showToken();
}

ApiAuthPanel::~ApiAuthPanel() = default;

void ApiAuthPanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *tokenBox = new QGroupBox(tr("Application token"), this);
    tokenBox->setObjectName(QStringLiteral("appTokenBox"));
    auto *form = new QFormLayout(tokenBox);
    m_idEdit = new QLineEdit(tokenBox);
    m_idEdit->setObjectName(QStringLiteral("apiClientIdEdit"));
    m_idEdit->setPlaceholderText(tr("client_… (Dashboard → Configuration → API Authentication)"));
    m_idEdit->setToolTip(tr("The API Client ID, not the Application ID of the Connect link."));
    form->addRow(tr("API Client ID:"), m_idEdit);
    m_secret = new SecretInput(tokenBox);
    m_secret->setObjectName(QStringLiteral("apiSecretInput"));
    // Its own names, so they never shadow the per-vehicle secret's in the same tab.
    const QList<std::pair<const char *, const char *>> renames{{"secretEdit", "apiSecretEdit"},
                                                               {"rememberCheck", "apiRememberCheck"},
                                                               {"secretNoteLabel", "apiSecretNoteLabel"},
                                                               {"keychainLabel", "apiKeychainLabel"}};
    for (const auto &[from, to] : renames) {
        if (QObject *child = m_secret->findChild<QObject *>(QLatin1String(from)))
            child->setObjectName(QLatin1String(to));
    }
    form->addRow(tr("API Client secret:"), m_secret);
    m_tokenButton = makeButton(tr("Get application token"), QStringLiteral("appTokenButton"), tokenBox);
    m_tokenButton->setToolTip(tr("POST /oauth2/token with grant_type=client_credentials"));
    form->addRow(QString(), m_tokenButton);
    auto *tokenRow = new QHBoxLayout;
    m_tokenEdit = new QLineEdit(tokenBox);
    m_tokenEdit->setObjectName(QStringLiteral("appTokenEdit"));
    m_tokenEdit->setReadOnly(true);
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_revealButton = makeButton(tr("Reveal"), QStringLiteral("revealAppTokenButton"), tokenBox);
    m_revealButton->setCheckable(true);
    m_copyButton = makeButton(tr("Copy"), QStringLiteral("copyAppTokenButton"), tokenBox);
    tokenRow->addWidget(m_tokenEdit, 1);
    tokenRow->addWidget(m_revealButton);
    tokenRow->addWidget(m_copyButton);
    form->addRow(tr("Token:"), tokenRow);
    m_expiryLabel = new QLabel(tokenBox);
    m_expiryLabel->setObjectName(QStringLiteral("appTokenExpiryLabel"));
    m_expiryLabel->setWordWrap(true);
    form->addRow(QString(), m_expiryLabel);
    layout->addWidget(tokenBox);

    auto *ownerBox = new QGroupBox(tr("The owner's vehicles"), this);
    ownerBox->setObjectName(QStringLiteral("ownerBox"));
    auto *ownerLayout = new QVBoxLayout(ownerBox);
    auto *userForm = new QFormLayout;
    m_userIdEdit = new QLineEdit(ownerBox);
    m_userIdEdit->setObjectName(QStringLiteral("userIdEdit"));
    m_userIdEdit->setPlaceholderText(tr("the user_id the redirect brought back"));
    m_userIdEdit->setToolTip(
        tr("Sent as the sc-user-id header with every call about this owner's vehicles."));
    userForm->addRow(tr("User ID:"), m_userIdEdit);
    ownerLayout->addLayout(userForm);
    m_connectionsTree =
        makeTree(QStringLiteral("connectionsTree"),
                 {tr("Vehicle ID"), tr("Make"), tr("Model"), tr("Year"), tr("Mode")}, ownerBox);
    m_connectionsTree->setAccessibleName(tr("The owner's connected vehicles"));
    ownerLayout->addWidget(m_connectionsTree, 1);
    auto *buttons = new QHBoxLayout;
    m_listButton = makeButton(tr("List connections"), QStringLiteral("listConnectionsButton"), ownerBox);
    m_listButton->setToolTip(tr("GET /v3/connections for this user, with sc-user-id"));
    m_signalsButton = makeButton(tr("Read signals"), QStringLiteral("readSignalsButton"), ownerBox);
    m_signalsButton->setToolTip(
        tr("GET /v3/vehicles/{id}/signals for the selected vehicle, with sc-user-id"));
    m_reauthButton =
        makeButton(tr("Re-authenticate this vehicle"), QStringLiteral("v3ReauthButton"), ownerBox);
    buttons->addWidget(m_listButton);
    buttons->addWidget(m_signalsButton);
    buttons->addStretch();
    buttons->addWidget(m_reauthButton);
    ownerLayout->addLayout(buttons);
    m_signalsTree =
        makeTree(QStringLiteral("signalsTree"), {tr("Signal"), tr("Value"), tr("Retrieved")}, ownerBox);
    m_signalsTree->setAccessibleName(tr("Signals of the selected vehicle"));
    ownerLayout->addWidget(m_signalsTree, 1);
    layout->addWidget(ownerBox, 1);

    connect(m_tokenButton, &QPushButton::clicked, this, &ApiAuthPanel::requestAppToken);
    connect(m_secret, &SecretInput::returnPressed, this, &ApiAuthPanel::requestAppToken);
    connect(m_idEdit, &QLineEdit::returnPressed, this, &ApiAuthPanel::requestAppToken);
    connect(m_idEdit, &QLineEdit::textEdited, this, [this] {
        m_suggestedId.clear(); // typed: no longer ours to replace
        m_secret->setClientId(m_idEdit->text().trimmed());
        updateButtons();
    });
    connect(m_secret, &SecretInput::secretChanged, this, &ApiAuthPanel::updateButtons);
    connect(m_userIdEdit, &QLineEdit::textChanged, this, &ApiAuthPanel::updateButtons);
    connect(m_userIdEdit, &QLineEdit::returnPressed, this, &ApiAuthPanel::listConnections);
    connect(m_listButton, &QPushButton::clicked, this, &ApiAuthPanel::listConnections);
    connect(m_signalsButton, &QPushButton::clicked, this, &ApiAuthPanel::readSignals);
    connect(m_connectionsTree, &QTreeWidget::itemActivated, this, &ApiAuthPanel::readSignals);
    connect(m_connectionsTree, &QTreeWidget::currentItemChanged, this, &ApiAuthPanel::updateButtons);
    connect(m_reauthButton, &QPushButton::clicked, this, [this] {
        if (!currentVehicleId().isEmpty())
            Q_EMIT reauthenticateRequested(currentVehicleId());
    });
    connect(m_revealButton, &QPushButton::toggled, this, [this](bool on) {
        m_tokenEdit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        m_revealButton->setText(on ? tr("Hide") : tr("Reveal"));
    });
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        if (m_token.isValid()) {
            QGuiApplication::clipboard()->setText(m_token.accessToken);
            Q_EMIT statusChanged(tr("Copied to the clipboard."));
        }
    });
}

void ApiAuthPanel::ensureClients()
{
    if (m_network)
        return;
    m_network = new QNetworkAccessManager(this);
    m_tokenClient = new AppTokenClient(m_network, this);
    m_tokenClient->setObjectName(QStringLiteral("appTokenClient"));
    m_v3 = new V3Client(m_network, this);
    m_v3->setObjectName(QStringLiteral("v3Client"));
    if (m_clock)
        m_tokenClient->setClock(m_clock);
    connect(m_tokenClient, &AppTokenClient::succeeded, this, &ApiAuthPanel::onToken);
    connect(m_tokenClient, &AppTokenClient::failed, this, &ApiAuthPanel::onFailed);
    connect(m_v3, &V3Client::failed, this, &ApiAuthPanel::onFailed);
    connect(m_v3, &V3Client::connectionsListed, this,
            [this](const QList<V3Connection> &list, const QString &) { onConnections(list); });
    connect(m_v3, &V3Client::signalsListed, this,
            [this](const QString &, const QList<V3Signal> &list) { onSignals(list); });
}

void ApiAuthPanel::setTarget(const ApiTarget &target)
{
    if (target == m_target)
        return;
    m_target = target;
    if (m_network) {
        m_tokenClient->abort();
        m_v3->abort();
    }
    m_busy = false;
    clearResults();
}

void ApiAuthPanel::setSuggestedCredentials(const QString &apiClientId, const QString &secret,
                                           const QString &note)
{
    const QString current = m_idEdit->text().trimmed();
    if (current.isEmpty() || current == m_suggestedId) {
        m_idEdit->setText(apiClientId);
        m_suggestedId = apiClientId;
        m_secret->setClientId(apiClientId);
    }
    if (m_idEdit->text().trimmed() == apiClientId)
        m_secret->setSuggestedSecret(secret, note);
    else
        m_secret->setSuggestedSecret(QString(), QString());
    updateButtons();
}

QString ApiAuthPanel::apiClientId() const
{
    return m_idEdit->text().trimmed();
}

void ApiAuthPanel::setSecretStore(SecretStore *store)
{
    m_secret->setSecretStore(store);
}

void ApiAuthPanel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    if (m_tokenClient)
        m_tokenClient->setClock(m_clock);
}

QDateTime ApiAuthPanel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void ApiAuthPanel::setUserId(const QString &userId)
{
    if (userId != m_userIdEdit->text()) {
        m_userIdEdit->setText(userId);
        m_connections.clear();
        m_signals.clear();
        m_connectionsTree->clear();
        m_signalsTree->clear();
    }
    updateButtons();
    if (!m_busy && tokenUsable() && !userId.isEmpty())
        listConnections();
}

QString ApiAuthPanel::userId() const
{
    return m_userIdEdit->text().trimmed();
}

bool ApiAuthPanel::isBusy() const
{
    return m_busy;
}

void ApiAuthPanel::clearResults()
{
    m_token = {};
    m_connections.clear();
    m_signals.clear();
    m_connectionsTree->clear();
    m_signalsTree->clear();
    showToken();
}

bool ApiAuthPanel::tokenUsable() const
{
    return m_token.isValid() && !m_token.isExpired(now());
}

void ApiAuthPanel::requestAppToken()
{
    if (m_busy)
        return;
    const QString id = apiClientId();
    const QString idProblem = AppToken::apiClientIdProblem(id);
    if (!idProblem.isEmpty()) {
        Q_EMIT problem(idProblem);
        return;
    }
    if (m_secret->secret().isEmpty()) {
        Q_EMIT problem(tr("To get an application token, enter one of the API Client ID's secrets."));
        return;
    }
    ensureClients();
    m_tokenClient->setTarget(m_target);
    m_busy = true;
    updateButtons();
    Q_EMIT busyChanged(true);
    Q_EMIT statusChanged(
        tr("Getting an application token at %1…").arg(m_target.appTokenUrl().toDisplayString()));
    m_tokenClient->requestToken(id, m_secret->secret());
}

void ApiAuthPanel::run(Next next)
{
    if (m_busy)
        return;
    if (userId().isEmpty()) {
        Q_EMIT problem(
            tr("Enter the owner's user ID: Run the link and the redirect brings it back (user_id)."));
        return;
    }
    if (next == Next::ReadSignals && currentVehicleId().isEmpty()) {
        Q_EMIT problem(tr("Select a vehicle first (List connections shows the owner's vehicles)."));
        return;
    }
    if (!tokenUsable()) {
        // No refresh in this model: an expired token is simply requested again.
        m_afterToken = next;
        requestAppToken();
        if (!m_busy)
            m_afterToken = Next::Nothing;
        return;
    }
    startNext(next);
}

void ApiAuthPanel::startNext(Next next)
{
    ensureClients();
    m_v3->setTarget(m_target);
    m_v3->setAppToken(m_token.accessToken);
    m_busy = true;
    updateButtons();
    Q_EMIT busyChanged(true);
    if (next == Next::ListConnections) {
        Q_EMIT statusChanged(tr("Listing the connections of user %1…").arg(userId()));
        V3Client::ConnectionQuery query;
        query.userId = userId();
        m_v3->listConnections(query);
    } else {
        Q_EMIT statusChanged(tr("Reading the signals of vehicle %1…").arg(currentVehicleId()));
        m_v3->listSignals(userId(), currentVehicleId());
    }
}

void ApiAuthPanel::listConnections()
{
    run(Next::ListConnections);
}

void ApiAuthPanel::readSignals()
{
    run(Next::ReadSignals);
}

void ApiAuthPanel::onToken(const AppToken &token)
{
    m_token = token;
    m_busy = false;
    m_secret->secretWorked();
    showToken();
    const QString summary =
        tr("Application token received; it expires in %1 (no refresh: get a new one then).")
            .arg(TokenDisplay::formatDuration(token.secondsLeft(now())));
    Q_EMIT statusChanged(summary);
    Q_EMIT succeeded();
    Q_EMIT appTokenFinished(true, summary);
    Next next = std::exchange(m_afterToken, Next::Nothing);
    if (next == Next::Nothing && !userId().isEmpty() && m_connections.isEmpty())
        next = Next::ListConnections; // the redirect's user: show the owner's vehicles at once
    if (next != Next::Nothing)
        startNext(next);
    else
        Q_EMIT busyChanged(false);
}

void ApiAuthPanel::onFailed(const ApiError &error)
{
    m_busy = false;
    m_afterToken = Next::Nothing;
    if (error.operation == ApiError::Operation::AppToken) {
        Q_EMIT statusChanged(tr("The application token request failed."));
        Q_EMIT appTokenFinished(false, error.summary());
    } else {
        if (error.httpStatus == 401) {
            m_token = {}; // refused: never shown as live
            showToken();
        }
        Q_EMIT statusChanged(tr("The v3 call failed."));
    }
    updateButtons();
    Q_EMIT failed(error);
    Q_EMIT busyChanged(false);
}

void ApiAuthPanel::onConnections(const QList<V3Connection> &connections)
{
    m_busy = false;
    m_connections = connections;
    m_connectionsTree->clear();
    for (const V3Connection &c : connections) {
        auto *item = new QTreeWidgetItem(
            m_connectionsTree,
            {c.vehicleId, c.make, c.model, c.year > 0 ? QString::number(c.year) : QString(), c.mode});
        item->setToolTip(0, tr("Permissions: %1").arg(c.permissions.join(QLatin1String(", "))));
    }
    if (m_connectionsTree->topLevelItemCount() > 0)
        m_connectionsTree->setCurrentItem(m_connectionsTree->topLevelItem(0));
    updateButtons();
    Q_EMIT statusChanged(connections.isEmpty()
                             ? tr("This owner has connected no vehicle to the app.")
                             : tr("Vehicles the owner connected: %n. Select one and Read signals.", nullptr,
                                  int(connections.size())));
    Q_EMIT succeeded();
    Q_EMIT busyChanged(false);
}

void ApiAuthPanel::onSignals(const QList<V3Signal> &signalList)
{
    m_busy = false;
    m_signals = signalList;
    m_signalsTree->clear();
    for (const V3Signal &s : signalList) {
        new QTreeWidgetItem(
            m_signalsTree,
            {s.code, s.displayValue(), s.retrievedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"))});
    }
    updateButtons();
    Q_EMIT statusChanged(tr("Signals read: %n.", nullptr, int(signalList.size())));
    Q_EMIT succeeded();
    Q_EMIT busyChanged(false);
}

void ApiAuthPanel::showToken()
{
    m_tokenEdit->setText(m_token.accessToken);
    if (m_token.isValid())
        m_countdown->start();
    else
        m_countdown->stop();
    updateCountdown();
}

void ApiAuthPanel::updateCountdown()
{
    QString state;
    if (!m_token.isValid()) {
        m_expiryLabel->setText(tr("No application token yet."));
        state = QStringLiteral("none");
    } else if (const qint64 left = m_token.secondsLeft(now()); left > 0) {
        m_expiryLabel->setText(tr("Expires in %1").arg(TokenDisplay::formatDuration(left)));
        state = QStringLiteral("live");
    } else {
        m_expiryLabel->setText(
            tr("Expired at %1: get a new application token (there is no refresh; the next call "
               "gets one first).")
                .arg(m_token.expiresAt().toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
        state = QStringLiteral("expired");
        m_countdown->stop();
    }
    if (m_expiryLabel->property("state").toString() != state) {
        m_expiryLabel->setProperty("state", state);
        QPalette palette;
        if (state == QLatin1String("expired"))
            palette.setColor(QPalette::WindowText, Theme::severityColor(Severity::Warning, this->palette()));
        m_expiryLabel->setPalette(state == QLatin1String("expired") ? palette : QPalette());
        updateButtons();
    }
}

QString ApiAuthPanel::currentVehicleId() const
{
    const QTreeWidgetItem *item = m_connectionsTree->currentItem();
    return item ? item->text(0) : QString();
}

void ApiAuthPanel::updateButtons()
{
    m_tokenButton->setEnabled(!m_busy);
    m_tokenButton->setText(m_token.isValid() && !tokenUsable() ? tr("Get a new application token")
                                                               : tr("Get application token"));
    m_revealButton->setEnabled(m_token.isValid());
    m_copyButton->setEnabled(m_token.isValid());
    const bool haveUser = !userId().isEmpty();
    m_listButton->setEnabled(!m_busy && haveUser);
    m_signalsButton->setEnabled(!m_busy && haveUser && !currentVehicleId().isEmpty());
    m_reauthButton->setEnabled(!currentVehicleId().isEmpty());
}

} // namespace connectlab
