#pragma once

#include "TokenSet.h"

#include <QDateTime>
#include <QGroupBox>

#include <functional>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
QT_END_NAMESPACE

namespace connectlab {

// The tokens an exchange brought: the access and the refresh token masked, each with Reveal and Copy, the
// access token's expiry as a live countdown, and Refresh. Shows what it is given; it asks nothing itself
// (Refresh only emits refreshRequested).
//
// Revoked tokens are never shown as live: showRevoked() empties the fields, stops the countdown and says
// so in the expiry line.
//
// Child object names: accessTokenEdit, revealAccessButton, copyAccessButton, refreshTokenEdit,
// revealRefreshButton, copyRefreshButton, expiryLabel, refreshButton, countdownTimer (the QTimer).
// The expiry line's "state" property is "none", "live", "expired" or "revoked".
class TokenDisplay : public QGroupBox
{
    Q_OBJECT
public:
    explicit TokenDisplay(QWidget *parent = nullptr);

    void setTokens(const TokenSet &tokens); // live tokens; an empty set clears the display
    void showRevoked();
    void clear();
    TokenSet tokens() const { return m_tokens; }
    bool isRevoked() const { return m_revoked; }

    // While busy, Refresh is disabled.
    void setBusy(bool busy);
    // Time source for the countdown (tests inject their own).
    void setClock(std::function<QDateTime()> clock);

    // "1:59:05": hours, minutes, seconds.
    static QString formatDuration(qint64 seconds);

Q_SIGNALS:
    void refreshRequested();
    void copied(); // a token went to the clipboard

protected:
    void changeEvent(QEvent *event) override;

private:
    void display(const TokenSet &tokens, bool revoked);
    void updateCountdown();
    void updateButtons();
    void applyStateColor();
    QDateTime now() const;

    TokenSet m_tokens;
    bool m_revoked = false;
    bool m_busy = false;
    std::function<QDateTime()> m_clock;

    QTimer *m_countdown = nullptr;
    QLineEdit *m_accessEdit = nullptr;
    QPushButton *m_revealAccess = nullptr;
    QPushButton *m_copyAccess = nullptr;
    QLineEdit *m_refreshEdit = nullptr;
    QPushButton *m_revealRefresh = nullptr;
    QPushButton *m_copyRefresh = nullptr;
    QLabel *m_expiryLabel = nullptr;
    QPushButton *m_refreshButton = nullptr;
};

} // namespace connectlab
