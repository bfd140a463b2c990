#include "CustomSchemeHandler.h"
#include "FlowPage.h"
#include "FlowProfile.h"
#include "FlowRun.h"
#include "SandboxServer.h"
#include "TestHttpServer.h"
#include "WebTestMain.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTest>

#include <QWebEngineView>

#include <memory>
#include <optional>

using connectlab::flow::CallbackResult;
using connectlab::flow::RedirectMatcher;
using connectlab::web::FlowPage;
using connectlab::web::FlowProfile;
using connectlab::web::FlowRun;

namespace {
const QString demoScheme =
    QStringLiteral("sc") + QString::fromLatin1(connectlab::sandbox::SandboxConfig::DemoClientId);
const QString unregisteredScheme = QStringLiteral("scnotregistered");
} // namespace

// FlowPage's policy through FlowRun: every kind of navigation to the redirect URI is caught and refused,
// and the redirect URI's host (a listener counting requests) never hears of it.
class TestFlowPage : public QObject
{
    Q_OBJECT
private:
    TestHttpServer m_site; // the pages that redirect
    TestHttpServer m_app;  // the redirect URI's host: must count zero hits
    FlowProfile *m_profile = nullptr;
    QUrl m_redirect;

    QUrl callback(const QString &query) const
    {
        QUrl url = m_redirect;
        url.setQuery(query);
        return url;
    }

    QByteArray js(const QString &statement)
    {
        return "<!doctype html><html><body><p>moving on</p><script>" + statement.toUtf8() +
               "</script></body></html>";
    }

    static QVariant evaluate(QWebEnginePage *page, const QString &script)
    {
        // Shared with the callback: it may come after a timeout.
        auto answer = std::make_shared<std::optional<QVariant>>();
        page->runJavaScript(script, [answer](const QVariant &result) { *answer = result; });
        if (!QTest::qWaitFor([&answer] { return answer->has_value(); }, 5000))
            qWarning("no answer to %s", qPrintable(script));
        return answer->value_or(QVariant());
    }

    std::unique_ptr<FlowRun> start(const QUrl &url, const QUrl &redirect,
                                   const QString &state = QStringLiteral("s1"))
    {
        auto run = std::make_unique<FlowRun>(m_profile);
        run->start(url, RedirectMatcher(redirect), state);
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_site.start());
        QVERIFY(m_app.start());
        m_redirect = m_app.url(QStringLiteral("/callback"));
        const QString cb = callback(QStringLiteral("code=abc&state=s1")).toString(QUrl::FullyEncoded);
        m_site.redirect(QStringLiteral("/302"), callback(QStringLiteral("code=abc&state=s1")), 302);
        m_site.redirect(QStringLiteral("/301"), callback(QStringLiteral("code=abc&state=s1")), 301);
        m_site.redirect(QStringLiteral("/303"), callback(QStringLiteral("code=abc&state=s1")), 303);
        m_site.redirect(QStringLiteral("/307"), callback(QStringLiteral("code=abc&state=s1")), 307);
        m_site.redirect(QStringLiteral("/fragment"),
                        QUrl(m_redirect.toString() + QStringLiteral("#code=abc&state=s1")));
        m_site.page(QStringLiteral("/js"), js(QStringLiteral("location.href = '%1';").arg(cb)));
        m_site.page(QStringLiteral("/js-replace"),
                    js(QStringLiteral("setTimeout(() => location.replace('%1'), 50);").arg(cb)));
        m_site.page(QStringLiteral("/meta"),
                    "<!doctype html><html><head><meta http-equiv=\"refresh\" content=\"0; url=" +
                        cb.toUtf8() + "\"></head><body>refresh</body></html>");
        m_site.page(QStringLiteral("/link"),
                    "<!doctype html><html><body><a id=\"go\" href=\"" + cb.toUtf8() +
                        "\">go</a><script>document.getElementById('go').click();</script></body></html>");
        m_site.page(
            QStringLiteral("/form-post"),
            "<!doctype html><html><body><form id=\"f\" method=\"post\" action=\"/post-target\">"
            "<input name=\"a\" "
            "value=\"1\"></form><script>document.getElementById('f').submit();</script></body></html>");
        m_site.redirect(QStringLiteral("/post-target"), callback(QStringLiteral("code=abc&state=s1")), 302);
        // Connect's form_post style: the form posts straight to the redirect URI.
        m_site.page(
            QStringLiteral("/form-direct"),
            "<!doctype html><html><body><form id=\"f\" method=\"post\" action=\"" + cb.toUtf8() +
                "\"><input name=\"code\" value=\"abc\"></form><script>document.getElementById('f').submit();"
                "</script></body></html>");
        m_site.page(QStringLiteral("/iframe"),
                    "<!doctype html><html><body><iframe src=\"/302\"></iframe></body></html>");
        m_site.page(QStringLiteral("/popup"), js(QStringLiteral("window.open('/popup-target', '_blank');")));
        m_site.redirect(QStringLiteral("/popup-target"), callback(QStringLiteral("code=abc&state=s1")));
        m_site.redirect(QStringLiteral("/mismatch"), callback(QStringLiteral("code=abc&state=forged")));
        m_site.redirect(QStringLiteral("/custom"),
                        QUrl(demoScheme + QStringLiteral("://exchange?code=abc&state=s1")));
        m_site.redirect(QStringLiteral("/custom-other"),
                        QUrl(demoScheme + QStringLiteral("://elsewhere?code=abc")));
        m_site.page(
            QStringLiteral("/lookalike"),
            js(QStringLiteral("location.href = '%1';")
                   .arg(m_app.url(QStringLiteral("/callback-evil?code=abc")).toString(QUrl::FullyEncoded))));
        m_site.page(QStringLiteral("/plain"), "<!doctype html><html><body>nothing here</body></html>");
        // Taller than the view, with an autofocused button at the bottom (the sandbox's preamble does that).
        const QByteArray tall = "<!doctype html><html><body><h1 id=\"heading\">Connect your vehicle</h1>"
                                "<div style=\"height:900px\"></div><p id=\"end\">end</p>";
        m_site.page(QStringLiteral("/autofocus-bottom"),
                    tall + "<button id=\"next\" autofocus>Continue</button></body></html>");
        m_site.page(QStringLiteral("/autofocus-none"),
                    tall + "<button id=\"next\">Continue</button></body></html>");
        m_profile = new FlowProfile(this);
    }

    void cleanupTestCase() { delete m_profile; }

    void schemesRegistered()
    {
        QVERIFY(connectlab::web::CustomSchemeHandler::isRegistered(demoScheme));
        QVERIFY(!connectlab::web::CustomSchemeHandler::isRegistered(unregisteredScheme));
        QVERIFY(connectlab::web::CustomSchemeHandler::isCustomScheme(QStringLiteral("scabc")));
        QVERIFY(!connectlab::web::CustomSchemeHandler::isCustomScheme(QStringLiteral("https")));
        QVERIFY(!connectlab::web::CustomSchemeHandler::isCustomScheme(QStringLiteral("1bad")));
    }

    void catches_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("kind"); // the kind of the navigation that was the callback
        QTest::newRow("server 302") << "/302"
                                    << "redirect";
        QTest::newRow("server 301") << "/301"
                                    << "redirect";
        QTest::newRow("server 303") << "/303"
                                    << "redirect";
        QTest::newRow("server 307") << "/307"
                                    << "redirect";
        QTest::newRow("fragment") << "/fragment"
                                  << "redirect";
        QTest::newRow("javascript location") << "/js"
                                             << "";
        QTest::newRow("javascript replace") << "/js-replace"
                                            << "";
        QTest::newRow("meta refresh") << "/meta"
                                      << "";
        QTest::newRow("link click") << "/link"
                                    << "link";
        QTest::newRow("form post then 302") << "/form-post"
                                            << "redirect";
        QTest::newRow("form post to redirect uri") << "/form-direct"
                                                   << "form";
        QTest::newRow("iframe") << "/iframe"
                                << "redirect (frame)";
        QTest::newRow("popup") << "/popup"
                               << "popup redirect";
    }

    void catches()
    {
        QFETCH(QString, path);
        QFETCH(QString, kind);
        const int hitsBefore = m_app.requestCount();
        auto run = start(m_site.url(path), m_redirect);
        QSignalSpy caught(run.get(), &FlowRun::caught);
        QTRY_COMPARE_WITH_TIMEOUT(run->status(), FlowRun::Status::Caught, 15000);
        QCOMPARE(caught.size(), 1);
        const CallbackResult &result = run->result();
        QCOMPARE(result.outcome(), CallbackResult::Outcome::Code);
        QCOMPARE(result.code(), QStringLiteral("abc"));
        if (path != QLatin1String("/form-direct"))
            QCOMPARE(result.stateCheck(), CallbackResult::StateCheck::Match);
        // The navigation before the "callback" entry is the one that matched.
        const auto &events = run->navigations();
        QVERIFY(events.size() >= 2);
        QCOMPARE(events.last().kind, QStringLiteral("callback"));
        QVERIFY(events.first().kind == QLatin1String("typed"));
        if (!kind.isEmpty())
            QCOMPARE(events.at(events.size() - 2).kind, kind);
        // Let anything that would still go out go out, then count: nothing reached the redirect URI's host.
        QTest::qWait(100);
        QCOMPARE(m_app.requestCount(), hitsBefore);
    }

    void zeroHitsOverall()
    {
        // After every catch above, the redirect URI's host saw no request at all.
        QCOMPARE(m_app.requestCount(), 0);
    }

    void stateMismatch()
    {
        auto run = start(m_site.url(QStringLiteral("/mismatch")), m_redirect);
        QTRY_COMPARE_WITH_TIMEOUT(run->status(), FlowRun::Status::Caught, 15000);
        QCOMPARE(run->result().stateCheck(), CallbackResult::StateCheck::Mismatch);
        QCOMPARE(run->result().state(), QStringLiteral("forged"));
    }

    void customScheme()
    {
        auto run =
            start(m_site.url(QStringLiteral("/custom")), QUrl(demoScheme + QStringLiteral("://exchange")));
        QTRY_COMPARE_WITH_TIMEOUT(run->status(), FlowRun::Status::Caught, 15000);
        QCOMPARE(run->result().code(), QStringLiteral("abc"));
        QCOMPARE(run->result().callbackUrl().scheme(), demoScheme);
        QCOMPARE(run->result().stateCheck(), CallbackResult::StateCheck::Match);
    }

    void customSchemeOtherHostServedNotCaught()
    {
        auto run = start(m_site.url(QStringLiteral("/custom-other")),
                         QUrl(demoScheme + QStringLiteral("://exchange")));
        QSignalSpy loaded(run->page(), &QWebEnginePage::loadFinished);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 15000);
        QTest::qWait(200);
        QCOMPARE(run->status(), FlowRun::Status::Running);
    }

    void lookAlikeNotCaught()
    {
        auto lookAlikeHits = [this] {
            int hits = 0;
            for (const QByteArray &line : m_app.requests())
                hits += line.contains("/callback-evil") ? 1 : 0;
            return hits;
        };
        auto run = start(m_site.url(QStringLiteral("/lookalike")), m_redirect);
        // The look-alike page is really loaded from the app host (that is what the counter is for) …
        QTRY_COMPARE_WITH_TIMEOUT(lookAlikeHits(), 1, 15000);
        QTest::qWait(100);
        // … and is no callback.
        QCOMPARE(run->status(), FlowRun::Status::Running);
    }

    void loadFailure()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        auto run = start(QUrl(QStringLiteral("http://127.0.0.1:%1/oauth/authorize").arg(port)), m_redirect);
        QSignalSpy failed(run.get(), &FlowRun::loadFailed);
        QTRY_COMPARE_WITH_TIMEOUT(run->status(), FlowRun::Status::LoadFailed, 15000);
        QCOMPARE(failed.size(), 1);
        QVERIFY(!run->failure().isEmpty());
    }

    void certificateErrorRejected()
    {
        // An HTTPS page with a self-signed certificate: the error is reported and never accepted.
        QFile certFile(QStringLiteral(CONNECTLAB_WEBTEST_DATA "/selfsigned.crt"));
        QFile keyFile(QStringLiteral(CONNECTLAB_WEBTEST_DATA "/selfsigned.key"));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        QSslServer server;
        server.setSslConfiguration(tls);
        int requests = 0;
        connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [&requests, socket] {
                    ++requests;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi");
                    socket->disconnectFromHost();
                });
            }
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        auto run =
            start(QUrl(QStringLiteral("https://127.0.0.1:%1/oauth/authorize").arg(server.serverPort())),
                  m_redirect);
        QSignalSpy rejected(run->page(), &FlowPage::certificateRejected);
        QTRY_VERIFY_WITH_TIMEOUT(!rejected.isEmpty(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(run->status(), FlowRun::Status::LoadFailed, 15000);
        QCOMPARE(requests, 0);
        bool recorded = false;
        for (const auto &event : run->navigations())
            recorded = recorded || event.kind.startsWith(QStringLiteral("certificate rejected"));
        QVERIFY(recorded);
    }

    // A page opens at its top, its heading in view, even when it autofocuses an element below the fold;
    // the focus stays where the page put it, and an anchor in the URL still scrolls to its target.
    void opensAtItsTop_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("focused"); // document.activeElement's id
        QTest::addColumn<bool>("atTop");
        QTest::newRow("autofocus at the bottom") << "/autofocus-bottom"
                                                 << "next" << true;
        QTest::newRow("no autofocus") << "/autofocus-none"
                                      << "" << true;
        // As in any browser, a fragment's target wins over autofocus (HTML: no autofocus with a target).
        QTest::newRow("an anchor asked for") << "/autofocus-bottom#end"
                                             << "" << false;
    }

    void opensAtItsTop()
    {
        QFETCH(QString, path);
        QFETCH(QString, focused);
        QFETCH(bool, atTop);
        QWebEngineView view;
        view.resize(500, 300);
        auto run = std::make_unique<FlowRun>(m_profile);
        view.setPage(run->page());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy loaded(run->page(), &QWebEnginePage::loadFinished);
        run->start(QUrl(m_site.url(QStringLiteral("/")).toString() + path.mid(1)),
                   RedirectMatcher(m_redirect), QStringLiteral("s1"));
        QVERIFY(loaded.wait(10000));
        QTest::qWait(200); // autofocus and anchors settle after the load
        const int scrollY = evaluate(run->page(), QStringLiteral("window.scrollY")).toInt();
        QCOMPARE(scrollY == 0, atTop);
        QCOMPARE(evaluate(run->page(), QStringLiteral("document.activeElement.id")).toString(), focused);
        view.setPage(nullptr);
    }

    // A dark window tells each page (issue 12, item 9): the sandbox's pages style themselves by <html
    // class="dark">.
    void darkThemeReachesThePage_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("dark") << true;
        QTest::newRow("light") << false;
    }

    void darkThemeReachesThePage()
    {
        QFETCH(bool, dark);
        auto run = std::make_unique<FlowRun>(m_profile);
        run->page()->setDarkTheme(dark, dark ? QColor(30, 30, 32) : QColor(Qt::white));
        QSignalSpy loaded(run->page(), &QWebEnginePage::loadFinished);
        run->start(m_site.url(QStringLiteral("/plain")), RedirectMatcher(m_redirect), QStringLiteral("s1"));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(evaluate(run->page(), QStringLiteral("document.documentElement.classList.contains('dark')"))
                     .toBool(),
                 dark);
        QCOMPARE(run->page()->backgroundColor(), dark ? QColor(30, 30, 32) : QColor(Qt::white));
    }

    // The sandbox's own pages follow: dark colours on <html class="dark">, readable (issue 12, item 9).
    // CONNECTLAB_SANDBOX_SHOTS=DIR saves what the test saw (sandbox-light.png, sandbox-dark.png).
    void sandboxPagesFollowTheWindow_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QString>("background"); // <body>
        QTest::addColumn<QString>("card");       // the card the screen sits on
        QTest::addColumn<QString>("text");
        QTest::newRow("dark") << true << QStringLiteral("rgb(15, 19, 24)")
                              << QStringLiteral("rgb(24, 30, 38)") << QStringLiteral("rgb(230, 235, 241)");
        QTest::newRow("light") << false << QStringLiteral("rgb(242, 244, 247)")
                               << QStringLiteral("rgb(255, 255, 255)") << QStringLiteral("rgb(23, 32, 44)");
    }
    void sandboxPagesFollowTheWindow()
    {
        QFETCH(bool, dark);
        QFETCH(QString, background);
        QFETCH(QString, card);
        QFETCH(QString, text);
        connectlab::sandbox::SandboxServer sandbox;
        QVERIFY(sandbox.listen());
        QUrl link = sandbox.authorizeUrl();
        link.setQuery(
            QStringLiteral("response_type=code&client_id=%1&redirect_uri=%2&scope=read_vin%20read_odometer"
                           "&mode=simulated")
                .arg(QString::fromLatin1(connectlab::sandbox::SandboxConfig::DemoClientId),
                     QString::fromLatin1(QUrl::toPercentEncoding(
                         QString::fromLatin1(connectlab::sandbox::SandboxConfig::DemoRedirectUri)))));
        QWebEngineView view;
        view.resize(640, 720);
        auto run = std::make_unique<FlowRun>(m_profile);
        run->page()->setDarkTheme(dark, dark ? QColor(30, 30, 32) : QColor(Qt::white));
        view.setPage(run->page());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy loaded(run->page(), &QWebEnginePage::loadFinished);
        run->start(
            link,
            RedirectMatcher(QUrl(QString::fromLatin1(connectlab::sandbox::SandboxConfig::DemoRedirectUri))),
            QStringLiteral("s1"));
        QVERIFY(loaded.wait(10000));
        QVERIFY(loaded.first().first().toBool());
        auto style = [&](const QString &selector, const QString &property) {
            return evaluate(run->page(), QStringLiteral("getComputedStyle(document.querySelector('%1')).%2")
                                             .arg(selector, property))
                .toString();
        };
        QTRY_COMPARE(style(QStringLiteral("body"), QStringLiteral("backgroundColor")), background);
        QCOMPARE(style(QStringLiteral(".card"), QStringLiteral("backgroundColor")), card);
        QCOMPARE(style(QStringLiteral("h1"), QStringLiteral("color")), text);
        QCOMPARE(style(QStringLiteral("html"), QStringLiteral("colorScheme")),
                 dark ? QStringLiteral("dark") : QStringLiteral("light dark"));
        const QByteArray shots = qgetenv("CONNECTLAB_SANDBOX_SHOTS");
        if (!shots.isEmpty()) {
            QTest::qWait(300);
            view.grab().save(QString::fromLocal8Bit(shots) + (dark ? QStringLiteral("/sandbox-dark.png")
                                                                   : QStringLiteral("/sandbox-light.png")));
        }
        view.setPage(nullptr);
    }

    void stopEndsRun()
    {
        auto run = start(m_site.url(QStringLiteral("/plain")), m_redirect);
        QVERIFY(run->isRunning());
        run->stop();
        QCOMPARE(run->status(), FlowRun::Status::Stopped);
    }

    void externalCallback()
    {
        FlowRun run(m_profile);
        run.acceptExternalCallback(callback(QStringLiteral("error=access_denied&state=s1")),
                                   QStringLiteral("callback (system browser)"));
        QCOMPARE(run.status(), FlowRun::Status::Caught);
        QCOMPARE(run.result().error(), QStringLiteral("access_denied"));
        QCOMPARE(run.navigations().last().kind, QStringLiteral("callback (system browser)"));
    }
};

CONNECTLAB_WEBTEST_MAIN(TestFlowPage, QStringLiteral("--url"))
#include "tst_flowpage.moc"
