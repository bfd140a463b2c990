#include "TokenDisplay.h"

#include "Theme.h"

#include <QClipboard>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace connectlab {

namespace {

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
    return edit;
}

} // namespace

TokenDisplay::TokenDisplay(QWidget *parent) : QGroupBox(tr("Tokens"), parent), m_countdown(new QTimer(this))
{
    auto *grid = new QGridLayout(this);
    m_accessEdit = makeMaskedField(QStringLiteral("accessTokenEdit"), this);
    m_revealAccess = makeButton(tr("Reveal"), QStringLiteral("revealAccessButton"), this);
    m_copyAccess = makeButton(tr("Copy"), QStringLiteral("copyAccessButton"), this);
    m_refreshEdit = makeMaskedField(QStringLiteral("refreshTokenEdit"), this);
    m_revealRefresh = makeButton(tr("Reveal"), QStringLiteral("revealRefreshButton"), this);
    m_copyRefresh = makeButton(tr("Copy"), QStringLiteral("copyRefreshButton"), this);
    auto *accessLabel = new QLabel(tr("Access token:"), this);
    accessLabel->setObjectName(QStringLiteral("accessTokenLabel"));
    accessLabel->setBuddy(m_accessEdit);
    auto *refreshLabel = new QLabel(tr("Refresh token:"), this);
    refreshLabel->setObjectName(QStringLiteral("refreshTokenLabel"));
    refreshLabel->setBuddy(m_refreshEdit);
    grid->addWidget(accessLabel, 0, 0);
    grid->addWidget(m_accessEdit, 0, 1);
    grid->addWidget(m_revealAccess, 0, 2);
    grid->addWidget(m_copyAccess, 0, 3);
    grid->addWidget(refreshLabel, 1, 0);
    grid->addWidget(m_refreshEdit, 1, 1);
    grid->addWidget(m_revealRefresh, 1, 2);
    grid->addWidget(m_copyRefresh, 1, 3);
    m_expiryLabel = new QLabel(this);
    m_expiryLabel->setObjectName(QStringLiteral("expiryLabel"));
    m_expiryLabel->setWordWrap(true);
    m_refreshButton = makeButton(tr("Refresh"), QStringLiteral("refreshButton"), this);
    m_refreshButton->setToolTip(tr("grant_type=refresh_token: new tokens without running Connect again"));
    grid->addWidget(m_expiryLabel, 2, 0, 1, 2);
    grid->addWidget(m_refreshButton, 2, 2, 1, 2);

    for (auto [edit, reveal, copy] : {std::tuple{m_accessEdit, m_revealAccess, m_copyAccess},
                                      std::tuple{m_refreshEdit, m_revealRefresh, m_copyRefresh}}) {
        reveal->setCheckable(true);
        connect(reveal, &QPushButton::toggled, edit, [edit, reveal](bool on) {
            edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
            reveal->setText(on ? tr("Hide") : tr("Reveal"));
        });
        connect(copy, &QPushButton::clicked, edit, [this, edit] {
            if (!edit->text().isEmpty()) {
                QGuiApplication::clipboard()->setText(edit->text());
                Q_EMIT copied();
            }
        });
    }
    connect(m_refreshButton, &QPushButton::clicked, this, &TokenDisplay::refreshRequested);

    m_countdown->setObjectName(QStringLiteral("countdownTimer"));
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &TokenDisplay::updateCountdown);

    display({}, false);
}

QString TokenDisplay::formatDuration(qint64 seconds)
{
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
}

void TokenDisplay::setTokens(const TokenSet &tokens)
{
    display(tokens, false);
}

void TokenDisplay::showRevoked()
{
    display({}, true);
}

void TokenDisplay::clear()
{
    display({}, false);
}

void TokenDisplay::display(const TokenSet &tokens, bool revoked)
{
    const bool sameTokens = tokens.accessToken == m_tokens.accessToken;
    m_tokens = tokens;
    m_revoked = revoked;
    if (!sameTokens || !tokens.isValid()) {
        // New tokens start masked.
        m_revealAccess->setChecked(false);
        m_revealRefresh->setChecked(false);
    }
    m_accessEdit->setText(tokens.accessToken);
    m_refreshEdit->setText(tokens.refreshToken);
    const QString placeholder = revoked ? tr("revoked") : tr("none yet");
    m_accessEdit->setPlaceholderText(placeholder);
    m_refreshEdit->setPlaceholderText(placeholder);
    if (tokens.isValid())
        m_countdown->start();
    else
        m_countdown->stop();
    updateCountdown();
    updateButtons();
}

void TokenDisplay::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void TokenDisplay::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    updateCountdown();
}

QDateTime TokenDisplay::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void TokenDisplay::updateCountdown()
{
    if (m_revoked) {
        m_expiryLabel->setText(tr("Revoked: these tokens no longer work. Run the flow again for new ones."));
        m_expiryLabel->setProperty("state", QStringLiteral("revoked"));
    } else if (!m_tokens.isValid()) {
        m_expiryLabel->clear();
        m_expiryLabel->setProperty("state", QStringLiteral("none"));
    } else if (const qint64 left = m_tokens.secondsLeft(now()); left > 0) {
        m_expiryLabel->setText(tr("Expires in %1").arg(formatDuration(left)));
        m_expiryLabel->setProperty("state", QStringLiteral("live"));
    } else {
        m_expiryLabel->setText(
            tr("Expired at %1: refresh the tokens")
                .arg(m_tokens.expiresAt().toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
        m_expiryLabel->setProperty("state", QStringLiteral("expired"));
        m_countdown->stop();
    }
    applyStateColor();
}

void TokenDisplay::applyStateColor()
{
    const QString state = m_expiryLabel->property("state").toString();
    if (state != QLatin1String("revoked") && state != QLatin1String("expired")) {
        m_expiryLabel->setPalette(QPalette()); // inherit the window's colours
        return;
    }
    QPalette palette = m_expiryLabel->palette();
    palette.setColor(
        QPalette::WindowText,
        Theme::severityColor(state == QLatin1String("revoked") ? Severity::Error : Severity::Warning,
                             this->palette()));
    m_expiryLabel->setPalette(palette);
}

void TokenDisplay::changeEvent(QEvent *event)
{
    QGroupBox::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyStateColor();
}

void TokenDisplay::updateButtons()
{
    m_refreshButton->setEnabled(!m_busy && !m_tokens.refreshToken.isEmpty());
    for (QPushButton *button : {m_revealAccess, m_copyAccess})
        button->setEnabled(!m_tokens.accessToken.isEmpty());
    for (QPushButton *button : {m_revealRefresh, m_copyRefresh})
        button->setEnabled(!m_tokens.refreshToken.isEmpty());
}

} // namespace connectlab
