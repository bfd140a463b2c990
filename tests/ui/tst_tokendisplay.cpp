// TokenDisplay: the tokens masked, Reveal and Copy, the countdown, and revoked tokens never shown as live.
#include "FindChild.h"

#include <Theme.h>
#include <TokenDisplay.h>

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace connectlab;
using connectlab::test::child;

namespace {

TokenSet tokensAt(const QDateTime &obtainedAt, const QString &suffix = QStringLiteral("1"))
{
    TokenSet tokens;
    tokens.accessToken = QStringLiteral("access-") + suffix;
    tokens.refreshToken = QStringLiteral("refresh-") + suffix;
    tokens.tokenType = QStringLiteral("Bearer");
    tokens.expiresIn = 7200;
    tokens.obtainedAt = obtainedAt;
    return tokens;
}

} // namespace

class TestTokenDisplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void formatDuration_data();
    void formatDuration();
    void empty();
    void liveTokensAndCountdown();
    void revealAndCopy();
    void refreshButton();
    void revoked();
    void stateColoursFollowThePalette();

private:
    QString expiry() const { return child<QLabel>(m_display, "expiryLabel")->text(); }
    QString state() const { return child<QLabel>(m_display, "expiryLabel")->property("state").toString(); }
    bool ticking() const { return child<QTimer>(m_display, "countdownTimer")->isActive(); }

    TokenDisplay *m_display = nullptr;
    QDateTime m_now;
};

void TestTokenDisplay::init()
{
    m_now = QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
    m_display = new TokenDisplay;
    m_display->setClock([this] { return m_now; });
    m_display->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_display));
}

void TestTokenDisplay::cleanup()
{
    delete m_display;
    m_display = nullptr;
}

void TestTokenDisplay::formatDuration_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");

    QTest::newRow("none") << qint64(0) << "0:00:00";
    QTest::newRow("a minute less a second") << qint64(59) << "0:00:59";
    QTest::newRow("an hour") << qint64(3600) << "1:00:00";
    QTest::newRow("just under two hours") << qint64(7199) << "1:59:59";
    QTest::newRow("more than a day") << qint64(90061) << "25:01:01";
}

void TestTokenDisplay::formatDuration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(TokenDisplay::formatDuration(seconds), text);
}

void TestTokenDisplay::empty()
{
    auto *access = child<QLineEdit>(m_display, "accessTokenEdit");
    QVERIFY(access->text().isEmpty());
    QCOMPARE(access->placeholderText(), QStringLiteral("none yet"));
    QVERIFY(expiry().isEmpty());
    QCOMPARE(state(), QStringLiteral("none"));
    QVERIFY(!ticking());
    for (const char *name : {"revealAccessButton", "copyAccessButton", "revealRefreshButton",
                             "copyRefreshButton", "refreshButton"})
        QVERIFY2(!child<QPushButton>(m_display, name)->isEnabled(), name);
}

void TestTokenDisplay::liveTokensAndCountdown()
{
    m_display->setTokens(tokensAt(m_now));
    auto *access = child<QLineEdit>(m_display, "accessTokenEdit");
    auto *refresh = child<QLineEdit>(m_display, "refreshTokenEdit");
    QCOMPARE(access->text(), QStringLiteral("access-1"));
    QCOMPARE(refresh->text(), QStringLiteral("refresh-1"));
    QCOMPARE(access->echoMode(), QLineEdit::Password);
    QCOMPARE(refresh->echoMode(), QLineEdit::Password);
    QVERIFY(access->isReadOnly());
    QCOMPARE(expiry(), QStringLiteral("Expires in 2:00:00"));
    QCOMPARE(state(), QStringLiteral("live"));
    QVERIFY(ticking());

    m_now = m_now.addSecs(3599);
    QTRY_COMPARE_WITH_TIMEOUT(expiry(), QStringLiteral("Expires in 1:00:01"), 3000);
    m_now = m_now.addSecs(3601);
    QTRY_COMPARE_WITH_TIMEOUT(state(), QStringLiteral("expired"), 3000);
    const QString at = tokensAt(QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC))
                           .expiresAt()
                           .toLocalTime()
                           .toString(QStringLiteral("HH:mm:ss"));
    QCOMPARE(expiry(), QStringLiteral("Expired at %1: refresh the tokens").arg(at));
    QVERIFY(!ticking());
    QVERIFY(child<QPushButton>(m_display, "refreshButton")->isEnabled()); // refreshing is what helps

    m_display->clear();
    QVERIFY(access->text().isEmpty());
    QCOMPARE(state(), QStringLiteral("none"));
    QVERIFY(!m_display->tokens().isValid());
}

void TestTokenDisplay::revealAndCopy()
{
    m_display->setTokens(tokensAt(m_now));
    auto *access = child<QLineEdit>(m_display, "accessTokenEdit");
    auto *refresh = child<QLineEdit>(m_display, "refreshTokenEdit");
    auto *reveal = child<QPushButton>(m_display, "revealAccessButton");
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(access->echoMode(), QLineEdit::Normal);
    QCOMPARE(access->displayText(), QStringLiteral("access-1"));
    QCOMPARE(reveal->text(), QStringLiteral("Hide"));
    QCOMPARE(refresh->echoMode(), QLineEdit::Password);

    // The same tokens again (a repaint, a clock tick) stay revealed; new ones start masked.
    m_display->setTokens(tokensAt(m_now));
    QCOMPARE(access->echoMode(), QLineEdit::Normal);
    m_display->setTokens(tokensAt(m_now, QStringLiteral("2")));
    QCOMPARE(access->echoMode(), QLineEdit::Password);
    QCOMPARE(reveal->text(), QStringLiteral("Reveal"));

    QSignalSpy copied(m_display, &TokenDisplay::copied);
    QTest::mouseClick(child<QPushButton>(m_display, "copyRefreshButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("refresh-2"));
    QCOMPARE(copied.size(), 1);
    QGuiApplication::clipboard()->clear();
}

void TestTokenDisplay::refreshButton()
{
    auto *refresh = child<QPushButton>(m_display, "refreshButton");
    QSignalSpy requested(m_display, &TokenDisplay::refreshRequested);
    TokenSet noRefresh = tokensAt(m_now);
    noRefresh.refreshToken.clear();
    m_display->setTokens(noRefresh);
    QVERIFY(!refresh->isEnabled());
    QVERIFY(!child<QPushButton>(m_display, "copyRefreshButton")->isEnabled());
    QVERIFY(child<QPushButton>(m_display, "copyAccessButton")->isEnabled());

    m_display->setTokens(tokensAt(m_now));
    QVERIFY(refresh->isEnabled());
    m_display->setBusy(true);
    QVERIFY(!refresh->isEnabled());
    m_display->setBusy(false);
    QTest::mouseClick(refresh, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
}

void TestTokenDisplay::revoked()
{
    m_display->setTokens(tokensAt(m_now));
    QTest::mouseClick(child<QPushButton>(m_display, "revealAccessButton"), Qt::LeftButton);
    QVERIFY(ticking());

    m_display->showRevoked();
    QVERIFY(m_display->isRevoked());
    QVERIFY(!m_display->tokens().isValid());
    auto *access = child<QLineEdit>(m_display, "accessTokenEdit");
    QVERIFY(access->text().isEmpty());
    QVERIFY(child<QLineEdit>(m_display, "refreshTokenEdit")->text().isEmpty());
    QCOMPARE(access->placeholderText(), QStringLiteral("revoked"));
    QCOMPARE(access->echoMode(), QLineEdit::Password);
    QCOMPARE(state(), QStringLiteral("revoked"));
    QCOMPARE(expiry(),
             QStringLiteral("Revoked: these tokens no longer work. Run the flow again for new ones."));
    QVERIFY(!ticking());
    for (const char *name : {"revealAccessButton", "copyAccessButton", "revealRefreshButton",
                             "copyRefreshButton", "refreshButton"})
        QVERIFY2(!child<QPushButton>(m_display, name)->isEnabled(), name);
    m_now = m_now.addSecs(10);
    QTest::qWait(1100);
    QCOMPARE(state(), QStringLiteral("revoked"));

    // New tokens are live again.
    m_display->setTokens(tokensAt(m_now, QStringLiteral("2")));
    QVERIFY(!m_display->isRevoked());
    QCOMPARE(state(), QStringLiteral("live"));
    QCOMPARE(access->placeholderText(), QStringLiteral("none yet"));
    QVERIFY(ticking());
}

void TestTokenDisplay::stateColoursFollowThePalette()
{
    auto *label = child<QLabel>(m_display, "expiryLabel");
    m_display->showRevoked();
    QCOMPARE(label->palette().color(QPalette::WindowText),
             Theme::severityColor(Severity::Error, m_display->palette()));

    // A dark palette: the colour is worked out again from it.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x1c));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    m_display->setPalette(dark);
    QVERIFY(Theme::isDark(m_display->palette()));
    QCOMPARE(label->palette().color(QPalette::WindowText),
             Theme::severityColor(Severity::Error, m_display->palette()));

    // Live tokens take the window's own text colour.
    m_display->setTokens(tokensAt(m_now));
    QCOMPARE(label->palette().color(QPalette::WindowText), m_display->palette().color(QPalette::WindowText));
}

QTEST_MAIN(TestTokenDisplay)
#include "tst_tokendisplay.moc"
