#include "ClickThrough.h"
#include "FindChild.h"
#include "FlowPage.h"
#include "FlowPanel.h"
#include "FlowProfile.h"
#include "SandboxServer.h"
#include "TestHttpServer.h"
#include "TestPalettes.h"
#include "Theme.h"
#include "WebTestMain.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTest>

using connectlab::flow::CallbackResult;
using connectlab::sandbox::SandboxConfig;
using connectlab::sandbox::SandboxServer;
using connectlab::test::child;
using connectlab::web::ClickThrough;
using connectlab::web::FlowPanel;

namespace {
const QString demoClient = QString::fromLatin1(SandboxConfig::DemoClientId);
const QUrl demoRedirect(QString::fromLatin1(SandboxConfig::DemoRedirectUri));
} // namespace

// The Run panel driven as a user would: run a link against the sandbox (the test clicks through Connect's
// screens with ClickThrough), then read the result area, the timeline and the buttons.
class TestFlowPanel : public QObject
{
    Q_OBJECT
private:
    SandboxServer m_sandbox;
    TestHttpServer m_site;
    QNetworkAccessManager m_nam;

    QUrl link(const QString &extra = {}) const
    {
        return QUrl(m_sandbox.baseUrl().toString() +
                    QStringLiteral("/oauth/authorize?response_type=code&client_id=") + demoClient +
                    QStringLiteral("&scope=read_vehicle_info&state=s1&mode=test&approval_prompt=force") +
                    extra);
    }

    // The navigation timeline as shown: its row count and a cell's text.
    static int timelineRows(const FlowPanel &panel)
    {
        return child<QTableView>(&panel, "flowTimeline")->model()->rowCount();
    }
    static QString timelineCell(const FlowPanel &panel, int row, int column)
    {
        const QAbstractItemModel *model = child<QTableView>(&panel, "flowTimeline")->model();
        return model->index(row, column).data().toString();
    }

    void runThrough(FlowPanel &panel, const QUrl &url, ClickThrough::Decision decision,
                    const QString &login = QString::fromLatin1(ClickThrough::DefaultLogin))
    {
        panel.run(url, demoRedirect, QStringLiteral("s1"));
        ClickThrough::install(panel.page(), decision, login);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox.setConfig(SandboxConfig::defaults());
        QVERIFY(m_sandbox.listen());
        QVERIFY(m_site.start());
        QUrl forged = demoRedirect;
        forged.setQuery(QStringLiteral("code=abc&state=forged"));
        m_site.redirect(QStringLiteral("/forged"), forged);
        m_site.page(QStringLiteral("/stay"), "<!doctype html><html><body>nothing</body></html>");
        QUrl unregistered(QStringLiteral("scunregistered://exchange?code=abc"));
        m_site.redirect(QStringLiteral("/unregistered"), unregistered);
    }

    void approve()
    {
        FlowPanel panel;
        panel.resize(1000, 800);
        panel.show();
        QSignalSpy launched(&panel, &FlowPanel::launched);
        QSignalSpy finished(&panel, &FlowPanel::finished);
        QSignalSpy codes(&panel, &FlowPanel::codeReceived);
        runThrough(panel, link(), ClickThrough::Decision::Approve);
        QCOMPARE(launched.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(panel.hasResult(), 20000);
        QCOMPARE(panel.result().outcome(), CallbackResult::Outcome::Code);
        const QString code = panel.result().code();
        QVERIFY(!code.isEmpty());

        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(finished.at(0).at(1).toString(), QStringLiteral("code received, state matches"));
        QCOMPARE(codes.size(), 1);
        QCOMPARE(codes.at(0).at(0).toString(), code);
        QCOMPARE(codes.at(0).at(1).toUrl(), demoRedirect);

        // The code is masked until revealed, in the result and in the timeline.
        QString text = panel.resultText();
        QVERIFY2(text.contains(QStringLiteral("Authorization code received")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("The state matches")));
        QVERIFY(!text.contains(code));
        QVERIFY(timelineRows(panel) >= 3);
        const int last = timelineRows(panel) - 1;
        QCOMPARE(timelineCell(panel, last, 1), QStringLiteral("callback"));
        QCOMPARE(timelineCell(panel, 0, 1), QStringLiteral("typed"));
        QVERIFY(!timelineCell(panel, last, 2).contains(code));
        QVERIFY(timelineCell(panel, last, 2).contains(QStringLiteral("code=••••••")));
        QVERIFY(!child<QLineEdit>(&panel, "flowAddress")->text().contains(code));
        child<QCheckBox>(&panel, "flowRevealCode")->setChecked(true);
        QVERIFY(panel.resultText().contains(code));
        QVERIFY(timelineCell(panel, last, 2).contains(code));
        QVERIFY(child<QLineEdit>(&panel, "flowAddress")->text().contains(code));

        QCOMPARE(child<QTabWidget>(&panel, "flowBottomTabs")->tabText(1),
                 QStringLiteral("Navigations (%1)").arg(timelineRows(panel)));

        // Over the browser, the notice says the redirect was caught, in the palette's colours, and follows
        // a palette change.
        auto *notice = child<QLabel>(&panel, "flowInfoText");
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QStringLiteral("Redirect caught")));
        panel.setPalette(connectlab::test::lightPalette());
        QVERIFY(notice->text().contains(connectlab::Theme::okColor(connectlab::test::lightPalette()).name()));
        panel.setPalette(connectlab::test::darkPalette());
        QVERIFY(notice->text().contains(connectlab::Theme::okColor(connectlab::test::darkPalette()).name()));
        panel.setPalette(QPalette());

        // For the README: CONNECTLAB_FLOWPANEL_SHOT=FILE saves what the panel shows now.
        if (qEnvironmentVariableIsSet("CONNECTLAB_FLOWPANEL_SHOT"))
            panel.grab().save(qEnvironmentVariable("CONNECTLAB_FLOWPANEL_SHOT"));

        // Copy buttons.
        child<QPushButton>(&panel, "flowCopyCode")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), code);
        child<QPushButton>(&panel, "flowCopyCallback")->click();
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(demoRedirect.toString() +
                                                                QStringLiteral("?code=") + code));
        // Loopback redirect URI: the system browser is offered, with the sentence saying when.
        QVERIFY(child<QPushButton>(&panel, "flowSystemBrowser")->isEnabled());
        QVERIFY(child<QLabel>(&panel, "flowSystemBrowserHint")->text().contains(QStringLiteral("Ford")));

        // Run again: a fresh off-the-record profile each time.
        auto *firstProfile = panel.profile();
        QVERIFY(firstProfile->isOffTheRecord());
        child<QPushButton>(&panel, "flowRunAgain")->click();
        QCOMPARE(launched.size(), 2);
        QVERIFY(panel.profile() != firstProfile);
        QVERIFY(!panel.hasResult());
        panel.stop();
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.at(1).at(1).toString(), QStringLiteral("stopped"));
    }

    void keepSession()
    {
        FlowPanel panel;
        panel.setKeepSession(true);
        panel.run(m_site.url(QStringLiteral("/stay")), demoRedirect, {});
        auto *profile = panel.profile();
        panel.run(m_site.url(QStringLiteral("/stay")), demoRedirect, {});
        QCOMPARE(panel.profile(), profile);
        panel.stop();
    }

    void deny()
    {
        FlowPanel panel;
        QSignalSpy finished(&panel, &FlowPanel::finished);
        runThrough(panel, link(), ClickThrough::Decision::Deny);
        QTRY_VERIFY_WITH_TIMEOUT(panel.hasResult(), 20000);
        QCOMPARE(panel.result().error(), QStringLiteral("access_denied"));
        const QString text = panel.resultText();
        QVERIFY2(text.contains(QStringLiteral("access_denied: the user denied access")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("What to do:")));
        QVERIFY(!child<QPushButton>(&panel, "flowCopyCode")->isEnabled());
        QCOMPARE(finished.at(0).at(0).toBool(), false);
    }

    void errorLogin()
    {
        FlowPanel panel;
        runThrough(panel, link(), ClickThrough::Decision::Approve,
                   QStringLiteral("smartcar@vehicle-incompatible.com"));
        QTRY_VERIFY_WITH_TIMEOUT(panel.hasResult(), 20000);
        QCOMPARE(panel.result().error(), QStringLiteral("vehicle_incompatible"));
        const QString text = panel.resultText();
        QVERIFY2(text.contains(QStringLiteral("the vehicle is not supported")), qPrintable(text));
        for (const char *extra : {"vin", "make", "model", "year"})
            QVERIFY2(text.contains(QString::fromLatin1(extra)), extra);
    }

    void stateMismatchFlagged()
    {
        FlowPanel panel;
        QSignalSpy finished(&panel, &FlowPanel::finished);
        panel.run(m_site.url(QStringLiteral("/forged")), demoRedirect, QStringLiteral("s1"));
        QTRY_VERIFY_WITH_TIMEOUT(panel.hasResult(), 20000);
        QCOMPARE(panel.result().stateCheck(), CallbackResult::StateCheck::Mismatch);
        QVERIFY(panel.resultText().contains(QStringLiteral("possible CSRF")));
        QVERIFY(finished.at(0).at(1).toString().contains(QStringLiteral("MISMATCH")));
    }

    // A link that does not load ends the run, says why, and points to the system browser (brands that
    // refuse embedded browsers end like this too).
    void loadFailureExplained()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 closed = probe.serverPort();
        probe.close();
        FlowPanel panel;
        QSignalSpy finished(&panel, &FlowPanel::finished);
        panel.run(QUrl(QStringLiteral("http://127.0.0.1:%1/oauth/authorize?client_id=x").arg(closed)),
                  demoRedirect, QStringLiteral("s1"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(finished.at(0).at(1).toString().startsWith(QStringLiteral("load failed: ")));
        QVERIFY(!panel.hasResult());
        QVERIFY2(panel.resultText().contains(QStringLiteral("The page did not load")),
                 qPrintable(panel.resultText()));
        QVERIFY(panel.resultText().contains(QString::number(closed)));
        QVERIFY(!child<QLabel>(&panel, "flowSystemBrowserHint")->isHidden());
        QVERIFY(!child<QPushButton>(&panel, "flowCopyCode")->isEnabled());
    }

    void unregisteredSchemeSaysRestart()
    {
        FlowPanel panel;
        panel.run(m_site.url(QStringLiteral("/unregistered")),
                  QUrl(QStringLiteral("scunregistered://exchange")), {});
        auto *notice = child<QLabel>(&panel, "flowNotice");
        QVERIFY(!notice->isHidden());
        QVERIFY(notice->text().contains(QStringLiteral("Restart Connect Lab")));
        QVERIFY(!child<QPushButton>(&panel, "flowSystemBrowser")->isEnabled());
        panel.stop();
    }

    void systemBrowser()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        const QUrl redirect(QStringLiteral("http://localhost:%1/callback").arg(port));

        FlowPanel panel;
        QUrl opened;
        // The test client stands in for the desktop browser: it lands on the redirect URI with a code.
        panel.setUrlOpener([&](const QUrl &url) {
            opened = url;
            QNetworkReply *reply = m_nam.get(QNetworkRequest(
                QUrl(QStringLiteral("http://127.0.0.1:%1/callback?code=sys&state=s1").arg(port))));
            connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
            return true;
        });
        panel.run(m_site.url(QStringLiteral("/stay")), redirect, QStringLiteral("s1"));
        QVERIFY(child<QPushButton>(&panel, "flowSystemBrowser")->isEnabled());
        child<QPushButton>(&panel, "flowSystemBrowser")->click();
        QCOMPARE(opened, m_site.url(QStringLiteral("/stay")));
        QTRY_VERIFY_WITH_TIMEOUT(panel.hasResult(), 20000);
        QCOMPARE(panel.result().code(), QStringLiteral("sys"));
        QCOMPARE(panel.result().stateCheck(), CallbackResult::StateCheck::Match);
        QCOMPARE(timelineCell(panel, timelineRows(panel) - 1, 1),
                 QStringLiteral("callback (system browser)"));
    }
};

CONNECTLAB_WEBTEST_MAIN(TestFlowPanel, QStringLiteral("--url"))
#include "tst_flowpanel.moc"
