// HttpServer over real sockets on 127.0.0.1: capacity against slow clients, the head and body deadlines,
// Connection: close and HTTP/1.0, request smuggling, Host, versions, Expect: 100-continue, sizes,
// pipelining, HEAD, chunked bodies, back-pressure and closing mid-request. Deadlines are shortened where a
// test waits for one, so no test waits seconds for a timer.
#include "RawHttpClient.h"
#include "http/HttpServer.h"

#include <QElapsedTimer>
#include <QNetworkInterface>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace connectlab::sandbox;
using namespace connectlab::sandbox::testing;

class TestHttpServer : public QObject
{
    Q_OBJECT

    std::unique_ptr<HttpServer> m_server;
    QList<HttpRequest> m_handled;
    std::function<HttpResponse(const HttpRequest &)> m_answer;

    // A server whose handler records the request and answers "path|body" (or m_answer's response).
    void start(const HttpLimits &limits = {})
    {
        m_handled.clear();
        m_server = std::make_unique<HttpServer>([this](const HttpRequest &request) {
            m_handled.append(request);
            if (m_answer)
                return m_answer(request);
            return HttpResponse(200, "text/plain", request.path + '|' + request.body);
        });
        m_server->setLimits(limits);
        QVERIFY(m_server->listen());
    }
    quint16 port() const { return m_server->port(); }

    static QByteArray get(const QByteArray &path, const QByteArray &fields = {})
    {
        return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + fields + "\r\n";
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup()
    {
        m_server.reset();
        m_answer = nullptr;
    }

    void listensOnLoopbackOnly()
    {
        start();
        QVERIFY(m_server->isListening());
        QVERIFY(m_server->port() > 0);
        RawHttpClient local(port());
        QVERIFY(local.waitConnected());
        // Every other address of this machine (IPv6 loopback included) is refused.
        const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
        for (const QHostAddress &address : addresses) {
            if (address == QHostAddress(QHostAddress::LocalHost) || address.isLinkLocal())
                continue;
            QTcpSocket other;
            other.connectToHost(address, port());
            QTRY_VERIFY_WITH_TIMEOUT(other.state() == QAbstractSocket::UnconnectedState, 5000);
            QCOMPARE(other.error(), QAbstractSocket::ConnectionRefusedError);
        }
    }

    void answersAndKeepsAlive()
    {
        start();
        RawHttpClient client(port());
        client.send(get("/one"));
        QVERIFY(client.waitResponses(1, 2000));
        client.send(get("/two"));
        QVERIFY(client.waitResponses(2, 2000));
        const QList<RawResponse> r = client.responses();
        QCOMPARE(r.at(0).status, 200);
        QCOMPARE(r.at(0).body, QByteArray("/one|"));
        QCOMPARE(r.at(1).body, QByteArray("/two|"));
        QVERIFY(r.at(0).header("Connection").isEmpty());
        QVERIFY(!r.at(0).header("Date").isEmpty());
        QVERIFY(!client.closed());
    }

    // 300 clients that send part of a head and then one byte at a time: a normal request is still
    // answered within a second, with the default cap (room for all) and with a cap they overflow.
    void slowClientsDoNotStallOthers_data()
    {
        QTest::addColumn<int>("maxConnections");
        QTest::newRow("default cap") << HttpLimits().maxConnections;
        QTest::newRow("cap below the slow clients") << 100;
    }
    void slowClientsDoNotStallOthers()
    {
        QFETCH(int, maxConnections);
        HttpLimits limits; // the default 5 s head deadline: the slow clients outlive this test
        limits.maxConnections = maxConnections;
        start(limits);
        constexpr int SlowClients = 300;
        std::vector<std::unique_ptr<QTcpSocket>> slow;
        for (int i = 0; i < SlowClients; ++i) {
            slow.push_back(std::make_unique<QTcpSocket>());
            slow.back()->connectToHost(QHostAddress::LocalHost, port());
            slow.back()->write("GET /slow HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
        }
        // A few rounds of one byte each, as a slow client keeps its connections busy.
        for (int round = 0; round < 3; ++round) {
            QTest::qWait(150);
            for (auto &s : slow)
                s->write("a");
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), qMin(SlowClients, maxConnections), 5000);

        QElapsedTimer timer;
        timer.start();
        RawHttpClient normal(port());
        normal.send(get("/normal"));
        QVERIFY(normal.waitResponses(1, 1000));
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(normal.responses().first().status, 200);
        QCOMPARE(normal.responses().first().body, QByteArray("/normal|"));
        QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
        qInfo("normal request with %d slow clients (cap %d): %lld ms", SlowClients, maxConnections, elapsed);
        QCOMPARE(m_handled.size(), 1); // no slow client ever got a request through
        QVERIFY(m_server->openConnections() <= maxConnections);
    }

    // The deadline is for the complete head, however busy the client keeps the connection.
    void headDeadlineIsNotAnIdleTimer()
    {
        HttpLimits limits;
        limits.headTimeoutMs = 300;
        start(limits);
        RawHttpClient trickle(port());
        trickle.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Trickle: ");
        QElapsedTimer timer;
        timer.start();
        while (!trickle.closed() && timer.elapsed() < 3000) {
            trickle.send("a");
            trickle.waitFor([] { return false; }, 40);
        }
        QVERIFY(trickle.closed());
        QVERIFY2(timer.elapsed() >= 250 && timer.elapsed() < 1500,
                 qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(trickle.responses().size(), 1);
        QCOMPARE(trickle.responses().first().status, 408);
        QCOMPARE(trickle.responses().first().header("Connection"), QByteArray("close"));
        QVERIFY(m_handled.isEmpty());
    }

    void silentConnectionIsClosedWithoutAnAnswer()
    {
        HttpLimits limits;
        limits.headTimeoutMs = 200;
        start(limits);
        RawHttpClient idle(port());
        QVERIFY(idle.waitClosed(2000));
        QVERIFY(idle.received().isEmpty());
        QTRY_COMPARE(m_server->openConnections(), 0);
    }

    void keepAliveConnectionClosesAfterTheHeadDeadline()
    {
        HttpLimits limits;
        limits.headTimeoutMs = 200;
        start(limits);
        RawHttpClient client(port());
        client.send(get("/a"));
        QVERIFY(client.waitResponses(1, 1000));
        QVERIFY(client.waitClosed(2000));
        QCOMPARE(client.responses().size(), 1); // no 408 for a connection that sent nothing more
    }

    // Closed right after the response, not by a later sweep (the default 5 s deadline would be far later).
    void closeIsHonouredAtOnce_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("Connection: close") << get("/c", "Connection: close\r\n");
        QTest::newRow("Connection: Close in a list") << get("/c", "Connection: TE, Close\r\n");
        QTest::newRow("HTTP/1.0") << QByteArray("GET /c HTTP/1.0\r\n\r\n");
        QTest::newRow("HTTP/1.0 with Host") << QByteArray("GET /c HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
    }
    void closeIsHonouredAtOnce()
    {
        QFETCH(QByteArray, request);
        start();
        RawHttpClient client(port());
        QElapsedTimer timer;
        timer.start();
        client.send(request + get("/after"));
        QVERIFY(client.waitClosed(1000));
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
        const QList<RawResponse> r = client.responses();
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.first().status, 200);
        QCOMPARE(r.first().body, QByteArray("/c|"));
        QCOMPARE(r.first().header("Connection"), QByteArray("close"));
        QCOMPARE(m_handled.size(), 1); // what came after was not served
    }

    void http10KeepAliveStaysOpen()
    {
        start();
        RawHttpClient client(port());
        client.send("GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        QVERIFY(client.waitResponses(1, 1000));
        QCOMPARE(client.responses().first().header("Connection"), QByteArray("keep-alive"));
        client.send("GET /b HTTP/1.0\r\n\r\n");
        QVERIFY(client.waitClosed(1000));
        QCOMPARE(client.responses().size(), 2);
        QCOMPARE(client.responses().at(1).body, QByteArray("/b|"));
    }

    // RFC 9112 section 6.1: refused, closed, and what follows is never served as a request of its own.
    void contentLengthWithTransferEncodingIsRefused()
    {
        start();
        RawHttpClient client(port());
        client.send("POST /oauth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 44\r\n"
                    "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n" +
                    get("/v2.0/vehicles"));
        QVERIFY(client.waitClosed(1000));
        const QList<RawResponse> r = client.responses();
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.first().status, 400);
        QCOMPARE(r.first().header("Connection"), QByteArray("close"));
        QVERIFY(r.first().body.contains("Transfer-Encoding"));
        QVERIFY(m_handled.isEmpty());
    }

    void protocolErrorsAreAnsweredAndClosed_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("missing Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("HTTP/9.9") << QByteArray("GET / HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n") << 505;
        QTest::newRow("folded header") << get("/", "X: a\r\n b\r\n") << 400;
        QTest::newRow("NUL in a header") << get("/", QByteArray("X: a\0b\r\n", 8)) << 400;
        QTest::newRow("head over 64 KiB") << get("/", "X: " + QByteArray(65 * 1024, 'x') + "\r\n") << 431;
        QTest::newRow("request line over 64 KiB") << get("/" + QByteArray(65 * 1024, 'x')) << 414;
        QTest::newRow("body over 64 KiB")
            << QByteArray("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 65537\r\n\r\n" +
                          QByteArray(65537, 'b'))
            << 413;
        QTest::newRow("1 GB announced, 3 bytes sent")
            << QByteArray(
                   "POST /oauth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000000000\r\n\r\nabc")
            << 413;
        QTest::newRow("gzip transfer coding")
            << QByteArray("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n")
            << 501;
        QTest::newRow("unknown expectation")
            << QByteArray("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 200-ok\r\nContent-Length: 1\r\n\r\n")
            << 417;
        QTest::newRow("TLS hello") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11) << 400;
    }
    void protocolErrorsAreAnsweredAndClosed()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        start();
        RawHttpClient client(port());
        client.send(request + get("/after"));
        QVERIFY(client.waitClosed(2000));
        const QList<RawResponse> r = client.responses();
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.first().status, status);
        QCOMPARE(r.first().header("Connection"), QByteArray("close"));
        QVERIFY(!r.first().body.isEmpty());
        QVERIFY(m_handled.isEmpty());
    }

    void expectContinueIsAnswered()
    {
        start();
        RawHttpClient client(port());
        client.send(
            "POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n");
        QVERIFY(client.waitBytes("\r\n\r\n", 1000));
        QCOMPARE(client.received(), QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
        QVERIFY(m_handled.isEmpty());
        client.send("data");
        QVERIFY(client.waitResponses(2, 1000));
        QCOMPARE(client.responses().at(0).status, 100);
        QCOMPARE(client.responses().at(1).status, 200);
        QCOMPARE(client.responses().at(1).body, QByteArray("/upload|data"));
        QVERIFY(!client.closed());
    }

    void noContinueWhenTheBodyCameWithTheHead()
    {
        start();
        RawHttpClient client(port());
        client.send(
            "POST /u HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nok");
        QVERIFY(client.waitResponses(1, 1000));
        QCOMPARE(client.responses().first().status, 200);
        QVERIFY(!client.received().contains("100 Continue"));
    }

    void bodyThatNeverComesIsAnswered408()
    {
        HttpLimits limits;
        limits.bodyTimeoutMs = 300;
        start(limits);
        RawHttpClient client(port());
        QElapsedTimer timer;
        timer.start();
        client.send("POST /oauth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\nabc");
        QVERIFY(client.waitClosed(3000));
        QVERIFY2(timer.elapsed() >= 250 && timer.elapsed() < 1500,
                 qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(client.responses().size(), 1);
        QCOMPARE(client.responses().first().status, 408);
        QVERIFY(m_handled.isEmpty());
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        start();
        RawHttpClient client(port());
        client.send(get("/1") + "POST /2 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 3\r\n\r\nabc" +
                    "HEAD /3 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" + get("/4", "Connection: close\r\n") +
                    get("/5"));
        QVERIFY(client.waitClosed(2000));
        const QList<RawResponse> r = client.responses({2});
        QCOMPARE(r.size(), 4);
        QCOMPARE(r.at(0).body, QByteArray("/1|"));
        QCOMPARE(r.at(1).body, QByteArray("/2|abc"));
        QCOMPARE(r.at(2).header("Content-Length"), QByteArray("3")); // HEAD: the length, not the body
        QCOMPARE(r.at(2).body, QByteArray());
        QCOMPARE(r.at(3).body, QByteArray("/4|"));
        QCOMPARE(m_handled.size(), 4);
    }

    void pipelinedRequestsInPieces()
    {
        start();
        RawHttpClient client(port());
        const QByteArray all = get("/a") + get("/b") + get("/c");
        for (char c : all) {
            client.send(QByteArray(1, c));
            client.waitFor([] { return false; }, 1);
        }
        QVERIFY(client.waitResponses(3, 2000));
        QCOMPARE(client.responses().at(2).body, QByteArray("/c|"));
    }

    void chunkedBodyIsDecoded()
    {
        start();
        RawHttpClient client(port());
        client.send("POST /c HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                    "4\r\ngran\r\n7;ext=1\r\nt_type=\r\n0\r\nTrailer: x\r\n\r\n" +
                    get("/next"));
        QVERIFY(client.waitResponses(2, 1000));
        QCOMPARE(client.responses().at(0).body, QByteArray("/c|grant_type="));
        QCOMPARE(client.responses().at(1).body, QByteArray("/next|"));
    }

    // A full server makes room by dropping the connection that has waited longest for a head.
    void oldestIncompleteHeadIsEvicted()
    {
        HttpLimits limits;
        limits.maxConnections = 3;
        start(limits);
        std::vector<std::unique_ptr<RawHttpClient>> waiting;
        for (int i = 0; i < 3; ++i) {
            waiting.push_back(std::make_unique<RawHttpClient>(port()));
            waiting.back()->send("GET /w HTTP/1.1\r\n");
            QTRY_COMPARE(m_server->openConnections(), i + 1);
        }
        RawHttpClient normal(port());
        normal.send(get("/n"));
        QVERIFY(normal.waitResponses(1, 1000));
        QCOMPARE(normal.responses().first().body, QByteArray("/n|"));
        QVERIFY(waiting.at(0)->waitClosed(1000));
        QVERIFY(!waiting.at(1)->closed());
        QVERIFY(!waiting.at(2)->closed());
        QVERIFY(m_server->openConnections() <= 3);
    }

    // A client that does not read gets no further pipelined answers until it does, and then all, in order.
    void unreadResponsesHoldBackPipelinedRequests()
    {
        HttpLimits limits;
        limits.maxPendingOutput = 64 * 1024;
        start(limits);
        m_answer = [](const HttpRequest &request) {
            return HttpResponse(200, "text/plain", request.path + QByteArray(2 * 1024 * 1024, '.'));
        };
        RawHttpClient client(port());
        client.socket().setReadBufferSize(1); // the client reads (almost) nothing
        QByteArray requests;
        for (int i = 0; i < 8; ++i)
            requests += get("/" + QByteArray::number(i));
        client.send(requests);
        client.waitFor([] { return false; }, 300);
        QVERIFY2(m_handled.size() < 8, qPrintable(QString::number(m_handled.size())));
        client.socket().setReadBufferSize(0);
        QVERIFY(client.waitResponses(8, 10000));
        QCOMPARE(m_handled.size(), 8);
        const QList<RawResponse> r = client.responses();
        for (int i = 0; i < 8; ++i)
            QVERIFY(r.at(i).body.startsWith(QByteArray("/" + QByteArray::number(i) + ".")));
    }

    void responsesNeverTakenEndTheConnection()
    {
        HttpLimits limits;
        limits.writeTimeoutMs = 300;
        start(limits);
        m_answer = [](const HttpRequest &) {
            return HttpResponse(200, "text/plain", QByteArray(16 << 20, 'x'));
        };
        RawHttpClient client(port());
        client.socket().setReadBufferSize(1);
        client.send(get("/big"));
        QTRY_COMPARE_WITH_TIMEOUT(m_handled.size(), 1, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 0, 3000);
    }

    void closingFromTheHandlerIsSafe()
    {
        start();
        m_answer = [this](const HttpRequest &) {
            m_server->close();
            return HttpResponse(200);
        };
        RawHttpClient client(port());
        client.send(get("/close"));
        QVERIFY(client.waitClosed(2000));
        QVERIFY(!m_server->isListening());
        QCOMPARE(m_server->openConnections(), 0);
        QVERIFY(m_server->listen());
        RawHttpClient again(port());
        m_answer = nullptr;
        again.send(get("/again"));
        QVERIFY(again.waitResponses(1, 1000));
    }

    void responseFieldsCannotSplitTheResponse()
    {
        start();
        m_answer = [](const HttpRequest &) {
            HttpResponse r(302);
            r.setHeader("Location", "/x\r\nSet-Cookie: evil=1");
            r.setHeader("Content-Length", "999"); // framing is the server's
            return r;
        };
        RawHttpClient client(port());
        client.send(get("/"));
        QVERIFY(client.waitResponses(1, 1000));
        const RawResponse r = client.responses().first();
        QCOMPARE(r.header("Location"), QByteArray("/x  Set-Cookie: evil=1"));
        QVERIFY(r.header("Set-Cookie").isEmpty());
        QCOMPARE(r.header("Content-Length"), QByteArray("0"));
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
