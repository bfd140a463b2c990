// Load on the sandbox (issue 15), loopback only, stopping by itself in about ten seconds:
//   - flows: Clients threads, each with its own QNetworkAccessManager, drive whole flows (authorize → the
//     five screens → the redirect with a code → the token request → the vehicle list) through one in-process
//     SandboxServer for FlowSeconds; no request may fail, and the resident memory after the warm-up may not
//     grow beyond a bound. Prints requests/s, p50/p99 latency and RSS before and after.
//   - slow clients: 300 connections each holding a partial request head, while a normal request is answered
//     within a second.
#include "SandboxServer.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

using namespace connectlab::sandbox;

namespace {

constexpr int Clients = 8;
constexpr int WarmUpMs = 2000;
constexpr int FlowMs = 7000;

#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 RssGrowthBoundKb = 512 * 1024; // ASan's quarantine holds freed memory (256 MB by default)
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr qint64 RssGrowthBoundKb = 512 * 1024;
#else
constexpr qint64 RssGrowthBoundKb = 48 * 1024;
#endif
#else
constexpr qint64 RssGrowthBoundKb = 48 * 1024;
#endif

qint64 rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

struct Stats
{
    QMutex mutex;
    std::vector<qint64> latenciesUs; // after the warm-up only
    qint64 requests = 0;             // after the warm-up only
    qint64 flows = 0;
    QStringList errors;
};

// One client: whole flows, one after another, until the deadline. Runs in its own thread.
class FlowClient
{
public:
    FlowClient(const QUrl &base, Stats &stats, const QElapsedTimer &clock)
        : m_base(base), m_stats(stats), m_clock(clock)
    {
    }

    void run()
    {
        QNetworkAccessManager network;
        m_network = &network;
        int n = 0;
        while (m_clock.elapsed() < WarmUpMs + FlowMs) {
            const QString error = flow(n++);
            if (!error.isEmpty()) {
                QMutexLocker lock(&m_stats.mutex);
                m_stats.errors.append(error);
                return;
            }
        }
        QMutexLocker lock(&m_stats.mutex);
        m_stats.flows += m_flows;
        m_stats.requests += m_requests;
        m_stats.latenciesUs.insert(m_stats.latenciesUs.end(), m_latencies.begin(), m_latencies.end());
    }

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QUrl location;
        QString error;
    };

    Reply send(QNetworkReply *reply)
    {
        QElapsedTimer timer;
        timer.start();
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        Reply r;
        if (!reply->isFinished()) {
            r.error = QStringLiteral("no answer within 5 s: ") + reply->url().toString();
            reply->abort();
        } else {
            r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            r.body = reply->readAll();
            r.location = reply->header(QNetworkRequest::LocationHeader).toUrl();
            if (reply->error() != QNetworkReply::NoError && r.status == 0)
                r.error = reply->errorString();
        }
        delete reply;
        if (m_clock.elapsed() >= WarmUpMs) {
            m_latencies.push_back(timer.nsecsElapsed() / 1000);
            ++m_requests;
        }
        return r;
    }

    QNetworkRequest request(const QString &path, const QByteArray &query = {})
    {
        QUrl url = m_base;
        url.setPath(path);
        if (!query.isEmpty())
            url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
        QNetworkRequest r(url);
        r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        return r;
    }

    static QString first(const QByteArray &html, const char *pattern)
    {
        const auto m = QRegularExpression(QLatin1String(pattern)).match(QString::fromUtf8(html));
        return m.hasMatch() ? m.captured(1) : QString();
    }

    static QByteArray enc(const QString &text) { return QUrl::toPercentEncoding(text); }

    QString flow(int n)
    {
        const QByteArray state = "load-" + QByteArray::number(n);
        Reply page = send(m_network->get(
            request(QStringLiteral("/oauth/authorize"),
                    "response_type=code&client_id=" + QByteArray(SandboxConfig::DemoClientId) +
                        "&redirect_uri=" + enc(QLatin1String(SandboxConfig::DemoRedirectUri)) +
                        "&scope=read_vehicle_info%20read_odometer&approval_prompt=force&state=" + state)));
        for (int round = 0; round < 8 && page.status == 200; ++round) {
            const QString session = first(page.body, "name=\"session\" value=\"([^\"]*)\"");
            const QString step = first(page.body, "name=\"step\" value=\"([^\"]*)\"");
            if (session.isEmpty() || step.isEmpty())
                return QStringLiteral("no Connect form: ") + QString::fromUtf8(page.body.left(200));
            QByteArray body = "session=" + enc(session) + "&step=" + enc(step);
            if (step == u"preamble")
                body += "&action=continue";
            else if (step == u"brand")
                body += "&make=TESLA";
            else if (step == u"login")
                body += "&username=driver%40example.com&password=secret&action=sign-in";
            else if (step == u"vehicles")
                body += "&vehicle=" + enc(first(page.body, "name=\"vehicle\" value=\"([^\"]*)\"")) +
                        "&action=continue";
            else if (step == u"permissions")
                body += "&permission=read_vehicle_info&permission=read_odometer&action=allow";
            QNetworkRequest post = request(QStringLiteral("/connect/step"));
            post.setHeader(QNetworkRequest::ContentTypeHeader,
                           QByteArrayLiteral("application/x-www-form-urlencoded"));
            page = send(m_network->post(post, body));
        }
        if (!page.error.isEmpty())
            return page.error;
        if (page.status != 302)
            return QStringLiteral("HTTP %1 where the redirect was due: %2")
                .arg(page.status)
                .arg(QString::fromUtf8(page.body.left(200)));
        const QUrlQuery callback(page.location);
        const QString code = callback.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        if (code.isEmpty() || callback.queryItemValue(QStringLiteral("state")) != QLatin1String(state))
            return QStringLiteral("redirect without the code or the state: ") + page.location.toString();

        QNetworkRequest token = request(QStringLiteral("/oauth/token"));
        token.setHeader(QNetworkRequest::ContentTypeHeader,
                        QByteArrayLiteral("application/x-www-form-urlencoded"));
        token.setRawHeader("Authorization",
                           "Basic " + QByteArray(QByteArray(SandboxConfig::DemoClientId) + ':' +
                                                 QByteArray(SandboxConfig::DemoClientSecret))
                                          .toBase64());
        const Reply tokens =
            send(m_network->post(token, "grant_type=authorization_code&code=" + enc(code) + "&redirect_uri=" +
                                            enc(QLatin1String(SandboxConfig::DemoRedirectUri))));
        if (tokens.status != 200)
            return QStringLiteral("token HTTP %1: %2").arg(tokens.status).arg(QString::fromUtf8(tokens.body));
        const QString access =
            QJsonDocument::fromJson(tokens.body).object().value(QStringLiteral("access_token")).toString();
        if (access.isEmpty())
            return QStringLiteral("no access_token: ") + QString::fromUtf8(tokens.body);

        QNetworkRequest vehicles = request(QStringLiteral("/v2.0/vehicles"));
        vehicles.setRawHeader("Authorization", "Bearer " + access.toUtf8());
        const Reply list = send(m_network->get(vehicles));
        if (list.status != 200 ||
            QJsonDocument::fromJson(list.body).object().value(QStringLiteral("vehicles")).toArray().isEmpty())
            return QStringLiteral("vehicles HTTP %1: %2").arg(list.status).arg(QString::fromUtf8(list.body));
        if (m_clock.elapsed() >= WarmUpMs)
            ++m_flows;
        return {};
    }

    QUrl m_base;
    Stats &m_stats;
    const QElapsedTimer &m_clock;
    QNetworkAccessManager *m_network = nullptr;
    std::vector<qint64> m_latencies;
    qint64 m_requests = 0;
    qint64 m_flows = 0;
};

qint64 percentile(std::vector<qint64> sorted, double p)
{
    if (sorted.empty())
        return 0;
    std::sort(sorted.begin(), sorted.end());
    return sorted.at(std::min(sorted.size() - 1, size_t(p * double(sorted.size()))));
}

} // namespace

class tst_SandboxLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void concurrentFlows()
    {
        SandboxServer server;
        QVERIFY(server.listen());
        Stats stats;
        QElapsedTimer clock;
        clock.start();
        std::vector<std::unique_ptr<QThread>> threads;
        std::vector<std::unique_ptr<FlowClient>> clients;
        for (int i = 0; i < Clients; ++i) {
            clients.push_back(std::make_unique<FlowClient>(server.baseUrl(), stats, clock));
            threads.emplace_back(QThread::create([client = clients.back().get()] { client->run(); }));
            threads.back()->start();
        }
        const qint64 rssStart = rssKb();
        qint64 rssWarm = -1;
        qint64 rssPeak = 0;
        // The server answers in this thread's event loop while the clients run.
        while (std::any_of(threads.begin(), threads.end(), [](const auto &t) { return !t->isFinished(); })) {
            QTest::qWait(50);
            if (rssWarm < 0 && clock.elapsed() >= WarmUpMs)
                rssWarm = rssKb();
            rssPeak = std::max(rssPeak, rssKb());
            QVERIFY2(clock.elapsed() < WarmUpMs + FlowMs + 15000, "the clients did not stop");
        }
        for (auto &t : threads)
            t->wait();
        const qint64 rssEnd = rssKb();
        const double seconds = FlowMs / 1000.0;
        qInfo(
            "%d clients, %lld flows in %.0f s after a %d ms warm-up: %.0f requests/s, %.1f flows/s; latency "
            "p50 %.2f ms, p99 %.2f ms; RSS %lld KB at start, %lld KB after warm-up, %lld KB at the end (peak "
            "%lld KB)",
            Clients, stats.flows, seconds, WarmUpMs, double(stats.requests) / seconds,
            double(stats.flows) / seconds, double(percentile(stats.latenciesUs, 0.50)) / 1000.0,
            double(percentile(stats.latenciesUs, 0.99)) / 1000.0, rssStart, rssWarm, rssEnd, rssPeak);
        QVERIFY2(stats.errors.isEmpty(), qPrintable(stats.errors.join(u'\n')));
        QVERIFY(stats.flows > 0);
        QVERIFY2(rssEnd - rssWarm < RssGrowthBoundKb,
                 qPrintable(QStringLiteral("RSS grew by %1 KB after the warm-up").arg(rssEnd - rssWarm)));
    }

    void slowClientsDoNotStallOthers()
    {
        SandboxServer server;
        QVERIFY(server.listen());
        std::vector<std::unique_ptr<QTcpSocket>> slow;
        for (int i = 0; i < 300; ++i) {
            slow.push_back(std::make_unique<QTcpSocket>());
            slow.back()->connectToHost(QHostAddress::LocalHost, server.port());
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(slow.begin(), slow.end(),
                        [](const auto &s) { return s->state() == QAbstractSocket::ConnectedState; }),
            5000);
        for (auto &s : slow)
            s->write("GET /oauth/authorize?client_id=slow HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a");
        QTest::qWait(200);
        for (auto &s : slow)
            s->write("a"); // still trickling

        QTcpSocket normal;
        normal.connectToHost(QHostAddress::LocalHost, server.port());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(normal.waitForConnected(1000) || normal.state() == QAbstractSocket::ConnectedState);
        normal.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += normal.readAll()).contains("\r\n\r\n"), 1000);
        const qint64 ms = timer.elapsed();
        qInfo("with 300 slow clients open, a normal request was answered in %lld ms", ms);
        QVERIFY2(answer.startsWith("HTTP/1.1 200 "), answer.left(200).constData());
        QVERIFY(ms < 1000);
        // The slow ones are still connected (none was dropped to make room) and get nothing yet.
        qsizetype open = std::count_if(slow.begin(), slow.end(), [](const auto &s) {
            return s->state() == QAbstractSocket::ConnectedState;
        });
        QCOMPARE(open, qsizetype(300));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxLoad)
#include "tst_sandboxload.moc"
