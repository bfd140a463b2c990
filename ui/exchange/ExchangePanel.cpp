#include "ExchangePanel.h"

#include "Banner.h"
#include "TokenClient.h"
#include "VehicleClient.h"

#include <QCheckBox>
#include <QClipboard>
#include <QFormLayout>
#include <QGridLayout>
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

QString formatDuration(qint64 seconds)
{
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
}

QPushButton *makeButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    return button;
}

QLineEdit *makeMaskedField(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setReadOnly(true);
    edit->setEchoMode(QLineEdit::Password);
    edit->setPlaceholderText(QStringLiteral("none yet"));
    return edit;
}

} // namespace

ExchangePanel::ExchangePanel(QWidget *parent)
    : QWidget(parent), m_network(new QNetworkAccessManager(this)),
      m_tokenClient(new TokenClient(m_network, this)), m_vehicleClient(new VehicleClient(m_network, this)),
      m_ownStore(new SecretStore(this)), m_store(m_ownStore), m_countdown(new QTimer(this)),
      m_keychainLookup(new QTimer(this))
{
    buildUi();
    m_tokenClient->setTarget(m_target);
    m_vehicleClient->setTarget(m_target);

    connect(m_tokenClient, &TokenClient::succeeded, this, &ExchangePanel::onTokens);
    connect(m_tokenClient, &TokenClient::failed, this, &ExchangePanel::onTokenError);
    connect(m_vehicleClient, &VehicleClient::vehiclesListed, this, &ExchangePanel::onVehicles);
    connect(m_vehicleClient, &VehicleClient::failed, this, [this](const ApiError &error) {
        setBusy(false);
        m_statusLabel->setText(QStringLiteral("Could not list the vehicles."));
        showError(error);
    });

    m_countdown->setObjectName(QStringLiteral("countdownTimer"));
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &ExchangePanel::updateCountdown);
    m_keychainLookup->setSingleShot(true);
    m_keychainLookup->setInterval(400);
    connect(m_keychainLookup, &QTimer::timeout, this, [this] {
        if (m_store && !m_clientId.isEmpty())
            m_store->read(m_clientId);
    });

    setSecretStore(m_ownStore);
    updateButtons();
}

ExchangePanel::~ExchangePanel() = default;

void ExchangePanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    m_errorBanner = new Banner(this);
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    layout->addWidget(m_errorBanner);

    // The code and the app's credentials.
    auto *requestBox = new QGroupBox(QStringLiteral("Exchange the code"), this);
    auto *form = new QFormLayout(requestBox);
    m_codeEdit = new QLineEdit(requestBox);
    m_codeEdit->setObjectName(QStringLiteral("codeEdit"));
    m_codeEdit->setEchoMode(QLineEdit::Password);
    m_codeEdit->setPlaceholderText(QStringLiteral("caught by Run, or paste one"));
    form->addRow(QStringLiteral("Code:"), m_codeEdit);
    m_redirectEdit = new QLineEdit(requestBox);
    m_redirectEdit->setObjectName(QStringLiteral("redirectUriEdit"));
    m_redirectEdit->setPlaceholderText(QStringLiteral("the redirect_uri the link used"));
    m_redirectEdit->setToolTip(
        QStringLiteral("Sent again with the exchange; it must equal the link's redirect_uri."));
    form->addRow(QStringLiteral("Redirect URI:"), m_redirectEdit);
    m_secretEdit = new QLineEdit(requestBox);
    m_secretEdit->setObjectName(QStringLiteral("secretEdit"));
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_secretEdit->setPlaceholderText(QStringLiteral("the app's client secret"));
    m_secretEdit->setToolTip(QStringLiteral("Kept in memory only, unless you tick Remember in keychain."));
    form->addRow(QStringLiteral("Client secret:"), m_secretEdit);
    m_secretNote = new QLabel(requestBox);
    m_secretNote->setObjectName(QStringLiteral("secretNoteLabel"));
    m_secretNote->setWordWrap(true);
    m_secretNote->setVisible(false);
    form->addRow(QString(), m_secretNote);
    m_rememberCheck = new QCheckBox(QStringLiteral("Remember in keychain"), requestBox);
    m_rememberCheck->setObjectName(QStringLiteral("rememberCheck"));
    m_keychainLabel = new QLabel(requestBox);
    m_keychainLabel->setObjectName(QStringLiteral("keychainLabel"));
    m_keychainLabel->setWordWrap(true);
    auto *rememberRow = new QVBoxLayout;
    rememberRow->addWidget(m_rememberCheck);
    rememberRow->addWidget(m_keychainLabel);
    form->addRow(QString(), rememberRow);
    m_exchangeButton = makeButton(QStringLiteral("Exchange"), QStringLiteral("exchangeButton"), requestBox);
    m_exchangeButton->setToolTip(
        QStringLiteral("POST /oauth/token: trade the code for an access and a refresh token"));
    form->addRow(QString(), m_exchangeButton);
    layout->addWidget(requestBox);

    // The tokens.
    auto *tokenBox = new QGroupBox(QStringLiteral("Tokens"), this);
    auto *grid = new QGridLayout(tokenBox);
    m_accessEdit = makeMaskedField(QStringLiteral("accessTokenEdit"), tokenBox);
    m_revealAccess = makeButton(QStringLiteral("Reveal"), QStringLiteral("revealAccessButton"), tokenBox);
    m_copyAccess = makeButton(QStringLiteral("Copy"), QStringLiteral("copyAccessButton"), tokenBox);
    m_refreshEdit = makeMaskedField(QStringLiteral("refreshTokenEdit"), tokenBox);
    m_revealRefresh = makeButton(QStringLiteral("Reveal"), QStringLiteral("revealRefreshButton"), tokenBox);
    m_copyRefresh = makeButton(QStringLiteral("Copy"), QStringLiteral("copyRefreshButton"), tokenBox);
    grid->addWidget(new QLabel(QStringLiteral("Access token:"), tokenBox), 0, 0);
    grid->addWidget(m_accessEdit, 0, 1);
    grid->addWidget(m_revealAccess, 0, 2);
    grid->addWidget(m_copyAccess, 0, 3);
    grid->addWidget(new QLabel(QStringLiteral("Refresh token:"), tokenBox), 1, 0);
    grid->addWidget(m_refreshEdit, 1, 1);
    grid->addWidget(m_revealRefresh, 1, 2);
    grid->addWidget(m_copyRefresh, 1, 3);
    m_expiryLabel = new QLabel(tokenBox);
    m_expiryLabel->setObjectName(QStringLiteral("expiryLabel"));
    m_refreshButton = makeButton(QStringLiteral("Refresh"), QStringLiteral("refreshButton"), tokenBox);
    m_refreshButton->setToolTip(
        QStringLiteral("grant_type=refresh_token: new tokens without running Connect again"));
    grid->addWidget(m_expiryLabel, 2, 0, 1, 2);
    grid->addWidget(m_refreshButton, 2, 2, 1, 2);
    layout->addWidget(tokenBox);

    for (auto [edit, reveal, copy] : {std::tuple{m_accessEdit, m_revealAccess, m_copyAccess},
                                      std::tuple{m_refreshEdit, m_revealRefresh, m_copyRefresh}}) {
        reveal->setCheckable(true);
        connect(reveal, &QPushButton::toggled, edit, [edit, reveal](bool on) {
            edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
            reveal->setText(on ? QStringLiteral("Hide") : QStringLiteral("Reveal"));
        });
        connect(copy, &QPushButton::clicked, edit, [this, edit] {
            if (!edit->text().isEmpty()) {
                QGuiApplication::clipboard()->setText(edit->text());
                m_statusLabel->setText(QStringLiteral("Copied to the clipboard."));
            }
        });
    }

    // The vehicles.
    auto *vehicleBox = new QGroupBox(QStringLiteral("Vehicles"), this);
    auto *vehicleLayout = new QVBoxLayout(vehicleBox);
    m_vehiclesTree = new QTreeWidget(vehicleBox);
    m_vehiclesTree->setObjectName(QStringLiteral("vehiclesTree"));
    m_vehiclesTree->setHeaderLabels(
        {QStringLiteral("ID"), QStringLiteral("Make"), QStringLiteral("Model"), QStringLiteral("Year")});
    m_vehiclesTree->setRootIsDecorated(false);
    m_vehiclesTree->setUniformRowHeights(true);
    m_vehiclesTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    vehicleLayout->addWidget(m_vehiclesTree);
    auto *vehicleButtons = new QHBoxLayout;
    m_listVehiclesButton =
        makeButton(QStringLiteral("List vehicles"), QStringLiteral("listVehiclesButton"), vehicleBox);
    m_reauthButton = makeButton(QStringLiteral("Re-authenticate this vehicle"),
                                QStringLiteral("reauthButton"), vehicleBox);
    m_reauthButton->setToolTip(
        QStringLiteral("Build the /oauth/reauthenticate link for the selected vehicle in the composer"));
    vehicleButtons->addWidget(m_listVehiclesButton);
    vehicleButtons->addStretch();
    vehicleButtons->addWidget(m_reauthButton);
    vehicleLayout->addLayout(vehicleButtons);
    layout->addWidget(vehicleBox, 1);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    layout->addWidget(m_statusLabel);

    connect(m_exchangeButton, &QPushButton::clicked, this, &ExchangePanel::exchange);
    connect(m_refreshButton, &QPushButton::clicked, this, &ExchangePanel::refreshTokens);
    connect(m_listVehiclesButton, &QPushButton::clicked, this, &ExchangePanel::listVehicles);
    connect(m_rememberCheck, &QCheckBox::clicked, this, &ExchangePanel::onRememberToggled);
    connect(m_secretEdit, &QLineEdit::returnPressed, this, &ExchangePanel::exchange);
    connect(m_codeEdit, &QLineEdit::textEdited, this, &ExchangePanel::updateButtons);
    connect(m_secretEdit, &QLineEdit::textEdited, this, &ExchangePanel::updateButtons);
    connect(m_secretEdit, &QLineEdit::textChanged, this, &ExchangePanel::updateSecretNote);
    connect(m_vehiclesTree, &QTreeWidget::currentItemChanged, this, &ExchangePanel::updateButtons);
    connect(m_reauthButton, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_vehiclesTree->currentItem())
            Q_EMIT reauthenticateRequested(item->text(0));
    });
}

void ExchangePanel::setTarget(const ApiTarget &target, const QString &clientId)
{
    const bool appChanged = clientId != m_clientId;
    if (target == m_target && !appChanged)
        return;
    m_target = target;
    m_clientId = clientId;
    m_tokenClient->abort();
    m_vehicleClient->abort();
    m_tokenClient->setTarget(target);
    m_vehicleClient->setTarget(target);
    setBusy(false);
    clearResults();
    clearError();
    if (appChanged) {
        m_secretEdit->clear();
        m_rememberCheck->setChecked(false);
        m_keychainLabel->clear();
        if (m_store && !clientId.isEmpty())
            m_keychainLookup->start(); // read once the client id has stopped changing
    }
    updateButtons();
}

void ExchangePanel::setSuggestedSecret(const QString &secret, const QString &note)
{
    // Replace only an empty field or the previous suggestion, never a secret the user typed.
    const bool replace = m_secretEdit->text().isEmpty() || isSecretSuggested();
    m_suggestedSecret = secret;
    m_suggestedNote = note;
    if (replace && m_secretEdit->text() != secret)
        m_secretEdit->setText(secret);
    updateSecretNote();
    updateButtons();
}

bool ExchangePanel::isSecretSuggested() const
{
    return !m_suggestedSecret.isEmpty() && m_secretEdit->text() == m_suggestedSecret;
}

void ExchangePanel::updateSecretNote()
{
    const bool suggested = isSecretSuggested();
    m_secretNote->setText(suggested ? m_suggestedNote : QString());
    m_secretNote->setVisible(suggested && !m_suggestedNote.isEmpty());
}

void ExchangePanel::setSecretStore(SecretStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_rememberCheck->setEnabled(store != nullptr);
    if (!store) {
        m_rememberCheck->setChecked(false);
        m_keychainLabel->setText(QStringLiteral("Keychain off: the secret is kept for this session only."));
        return;
    }
    connect(store, &SecretStore::readFinished, this, &ExchangePanel::onSecretRead);
    connect(store, &SecretStore::writeFinished, this,
            [this](const QString &clientId, SecretStore::Status status, const QString &message) {
                if (clientId != m_clientId)
                    return;
                m_keychainLabel->setText(message);
                if (status != SecretStore::Status::Ok) {
                    m_rememberCheck->setChecked(false);
                    m_rememberCheck->setEnabled(status != SecretStore::Status::Unavailable);
                }
            });
    connect(store, &SecretStore::removeFinished, this,
            [this](const QString &clientId, SecretStore::Status status, const QString &message) {
                if (clientId != m_clientId)
                    return;
                m_keychainLabel->setText(status == SecretStore::Status::NotFound
                                             ? QStringLiteral("Nothing stored in the keychain for this app.")
                                             : message);
            });
}

void ExchangePanel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    m_tokenClient->setClock(m_clock);
    updateCountdown();
}

QDateTime ExchangePanel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QString ExchangePanel::errorText() const
{
    return m_errorBanner->isHidden() ? QString() : m_errorBanner->text();
}

void ExchangePanel::setCode(const QString &code, const QUrl &redirectUri)
{
    m_codeEdit->setText(code);
    m_redirectEdit->setText(redirectUri.toString(QUrl::FullyEncoded));
    clearError();
    m_statusLabel->setText(
        m_secretEdit->text().isEmpty()
            ? QStringLiteral("A code arrived. Enter the client secret, then Exchange.")
            : QStringLiteral("A code arrived. Exchange it for tokens (it is valid for 10 minutes)."));
    updateButtons();
}

void ExchangePanel::exchange()
{
    if (m_busy)
        return;
    QStringList missing;
    if (m_clientId.isEmpty())
        missing << QStringLiteral("a client id (set it in the composer)");
    if (m_codeEdit->text().isEmpty())
        missing << QStringLiteral("a code (Run the link, or paste one)");
    if (m_secretEdit->text().isEmpty())
        missing << QStringLiteral("the client secret");
    if (!missing.isEmpty()) {
        showError(QStringLiteral("To exchange, enter %1.").arg(missing.join(QLatin1String(" and "))));
        return;
    }
    clearError();
    m_lastWasRefresh = false;
    m_tokenClient->setCredentials(m_clientId, m_secretEdit->text());
    setBusy(true);
    m_statusLabel->setText(
        QStringLiteral("Exchanging the code at %1…").arg(m_target.tokenUrl().toDisplayString()));
    m_tokenClient->exchangeCode(m_codeEdit->text(), m_redirectEdit->text().trimmed());
}

void ExchangePanel::refreshTokens()
{
    if (m_busy || m_tokens.refreshToken.isEmpty())
        return;
    if (m_secretEdit->text().isEmpty()) {
        showError(QStringLiteral("To refresh, enter the client secret."));
        return;
    }
    clearError();
    m_lastWasRefresh = true;
    m_tokenClient->setCredentials(m_clientId, m_secretEdit->text());
    setBusy(true);
    m_statusLabel->setText(QStringLiteral("Refreshing the tokens…"));
    m_tokenClient->refresh(m_tokens.refreshToken);
}

void ExchangePanel::listVehicles()
{
    if (!m_tokens.isValid())
        return;
    setBusy(true);
    m_statusLabel->setText(
        QStringLiteral("Listing the vehicles at %1…").arg(m_target.vehiclesUrl().toDisplayString()));
    m_vehicleClient->listVehicles(m_tokens.accessToken);
}

void ExchangePanel::clearResults()
{
    m_tokens = {};
    m_vehicles.clear();
    m_vehiclesTree->clear();
    m_revealAccess->setChecked(false);
    m_revealRefresh->setChecked(false);
    showTokens();
    updateButtons();
}

void ExchangePanel::onTokens(const TokenSet &tokens)
{
    m_tokens = tokens;
    showTokens();
    const QString summary = m_lastWasRefresh
                                ? QStringLiteral("Tokens refreshed; the access token expires in %1.")
                                      .arg(formatDuration(tokens.secondsLeft(now())))
                                : QStringLiteral("Code exchanged for tokens; the access token expires in %1.")
                                      .arg(formatDuration(tokens.secondsLeft(now())));
    m_statusLabel->setText(summary);
    if (m_rememberCheck->isChecked() && m_store && !m_secretEdit->text().isEmpty() && !isSecretSuggested())
        m_store->write(m_clientId, m_secretEdit->text());
    Q_EMIT exchangeFinished(true, summary);
    if (m_lastWasRefresh)
        setBusy(false);
    else
        listVehicles();
    updateButtons();
}

void ExchangePanel::onTokenError(const ApiError &error)
{
    setBusy(false);
    m_statusLabel->setText(m_lastWasRefresh ? QStringLiteral("The refresh failed.")
                                            : QStringLiteral("The exchange failed."));
    showError(error);
    Q_EMIT exchangeFinished(false, error.summary());
}

void ExchangePanel::onVehicles(const QList<VehicleInfo> &vehicles)
{
    setBusy(false);
    m_vehicles = vehicles;
    m_vehiclesTree->clear();
    for (const VehicleInfo &vehicle : vehicles) {
        auto *item = new QTreeWidgetItem(m_vehiclesTree,
                                         {vehicle.id, vehicle.make, vehicle.model,
                                          vehicle.year > 0 ? QString::number(vehicle.year) : QString()});
        item->setToolTip(0, vehicle.id);
    }
    if (m_vehiclesTree->topLevelItemCount() > 0)
        m_vehiclesTree->setCurrentItem(m_vehiclesTree->topLevelItem(0));
    m_statusLabel->setText(vehicles.isEmpty() ? QStringLiteral("The owner granted no vehicles.")
                           : vehicles.size() == 1
                               ? QStringLiteral("1 vehicle granted.")
                               : QStringLiteral("%1 vehicles granted.").arg(vehicles.size()));
    updateButtons();
    Q_EMIT vehiclesListed(vehicles);
}

void ExchangePanel::onSecretRead(const QString &clientId, const QString &secret, SecretStore::Status status,
                                 const QString &message)
{
    if (clientId != m_clientId)
        return; // an answer for an app the panel no longer shows
    switch (status) {
    case SecretStore::Status::Ok:
        if (m_secretEdit->text().isEmpty())
            m_secretEdit->setText(secret);
        m_rememberCheck->setChecked(true);
        m_keychainLabel->setText(message);
        break;
    case SecretStore::Status::NotFound:
        m_keychainLabel->clear();
        break;
    case SecretStore::Status::Unavailable:
        m_rememberCheck->setChecked(false);
        m_rememberCheck->setEnabled(false);
        m_keychainLabel->setText(message);
        break;
    case SecretStore::Status::Failed:
        m_keychainLabel->setText(message);
        break;
    }
    updateButtons();
}

void ExchangePanel::onRememberToggled(bool on)
{
    if (!m_store || m_clientId.isEmpty())
        return;
    if (!on) {
        m_store->remove(m_clientId);
        return;
    }
    if (isSecretSuggested())
        m_keychainLabel->setText(
            QStringLiteral("This secret is public: there is nothing to keep in the keychain."));
    else if (m_tokens.isValid() && !m_secretEdit->text().isEmpty())
        m_store->write(m_clientId, m_secretEdit->text());
    else
        m_keychainLabel->setText(
            QStringLiteral("The secret will be saved in the keychain after an exchange that works."));
}

void ExchangePanel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    updateButtons();
    Q_EMIT busyChanged(busy);
}

void ExchangePanel::showError(const ApiError &error)
{
    m_errorBanner->showMessage(Severity::Error, error.explanation(), error.summary());
    Q_EMIT errorChanged();
}

void ExchangePanel::showError(const QString &text)
{
    m_errorBanner->showMessage(Severity::Error, text);
    Q_EMIT errorChanged();
}

void ExchangePanel::clearError()
{
    if (m_errorBanner->isHidden())
        return;
    m_errorBanner->clear();
    Q_EMIT errorChanged();
}

void ExchangePanel::showTokens()
{
    m_accessEdit->setText(m_tokens.accessToken);
    m_refreshEdit->setText(m_tokens.refreshToken);
    if (m_tokens.isValid())
        m_countdown->start();
    else
        m_countdown->stop();
    updateCountdown();
}

void ExchangePanel::updateCountdown()
{
    if (!m_tokens.isValid()) {
        m_expiryLabel->clear();
        return;
    }
    const qint64 left = m_tokens.secondsLeft(now());
    if (left > 0) {
        m_expiryLabel->setText(QStringLiteral("Expires in %1").arg(formatDuration(left)));
    } else {
        m_expiryLabel->setText(
            QStringLiteral("Expired at %1: refresh the tokens")
                .arg(m_tokens.expiresAt().toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
        m_countdown->stop();
    }
}

void ExchangePanel::updateButtons()
{
    const bool haveTokens = m_tokens.isValid();
    m_exchangeButton->setEnabled(!m_busy && !m_codeEdit->text().isEmpty());
    m_refreshButton->setEnabled(!m_busy && !m_tokens.refreshToken.isEmpty());
    m_listVehiclesButton->setEnabled(!m_busy && haveTokens);
    m_reauthButton->setEnabled(m_vehiclesTree->currentItem() != nullptr);
    for (QPushButton *button : {m_revealAccess, m_copyAccess})
        button->setEnabled(!m_tokens.accessToken.isEmpty());
    for (QPushButton *button : {m_revealRefresh, m_copyRefresh})
        button->setEnabled(!m_tokens.refreshToken.isEmpty());
}

} // namespace connectlab
