#include "LoopbackListener.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using connectlab::flow::LoopbackListener;

// Drives the system-browser path with a test client standing in for the desktop browser.
class TestLoopbackListener : public QObject
{
    Q_OBJECT
private:
    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    struct Reply
    {
        int status = 0;
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
    };

    Reply get(const QString &url)
    {
        QNetworkRequest request{QUrl(url)};
        QNetworkReply *reply = m_nam.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            return {};
        Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                     reply->error()};
        reply->deleteLater();
        return result;
    }

    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void isLoopbackRedirect_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("expected");
        QTest::newRow("localhost") << "http://localhost:8000/callback" << true;
        QTest::newRow("127.0.0.1") << "http://127.0.0.1:8123/cb" << true;
        QTest::newRow("no port") << "http://localhost/callback" << false;
        QTest::newRow("https") << "https://localhost:8000/callback" << false;
        QTest::newRow("remote host") << "http://example.com:8000/callback" << false;
        QTest::newRow("custom scheme") << "sc123://exchange" << false;
        QTest::newRow("all interfaces") << "http://0.0.0.0:8000/callback" << false;
    }

    void isLoopbackRedirect()
    {
        QFETCH(QString, uri);
        QFETCH(bool, expected);
        QCOMPARE(LoopbackListener::isLoopbackRedirect(QUrl(uri)), expected);
    }

    void refusesNonLoopback()
    {
        LoopbackListener listener;
        QString error;
        QVERIFY(!listener.listen(QUrl(QStringLiteral("https://app.example/cb")), &error));
        QVERIFY(error.contains(QStringLiteral("loopback")));
        QVERIFY(!listener.isListening());
    }

    void catchesCallbackOnce()
    {
        const quint16 port = freePort();
        const QUrl redirect(QStringLiteral("http://localhost:%1/callback").arg(port));
        LoopbackListener listener;
        QVERIFY(listener.listen(redirect));
        QVERIFY(listener.isListening());
        QCOMPARE(listener.port(), port);
        QSignalSpy callbacks(&listener, &LoopbackListener::callbackReceived);

        // A favicon request and a look-alike path do not end the wait.
        QCOMPARE(get(QStringLiteral("http://127.0.0.1:%1/favicon.ico").arg(port)).status, 404);
        QCOMPARE(get(QStringLiteral("http://127.0.0.1:%1/callback-evil?code=x").arg(port)).status, 404);
        QCOMPARE(callbacks.size(), 0);
        QVERIFY(listener.isListening());

        const Reply reply =
            get(QStringLiteral("http://127.0.0.1:%1/callback?code=abc&state=s%2B1").arg(port));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.contains("close this tab"));
        QCOMPARE(callbacks.size(), 1);
        const QUrl caught = callbacks.at(0).at(0).toUrl();
        QCOMPARE(caught.host(), QStringLiteral("localhost"));
        QCOMPARE(caught.port(), int(port));
        QCOMPARE(caught.path(), QStringLiteral("/callback"));
        QCOMPARE(caught.query(QUrl::FullyEncoded), QStringLiteral("code=abc&state=s%2B1"));

        // Listened once: the port is closed now.
        QVERIFY(!listener.isListening());
        const Reply after = get(QStringLiteral("http://127.0.0.1:%1/callback?code=again").arg(port));
        QCOMPARE(after.error, QNetworkReply::ConnectionRefusedError);
        QCOMPARE(callbacks.size(), 1);
    }

    void rejectsBadRequests()
    {
        const quint16 port = freePort();
        LoopbackListener listener;
        QVERIFY(listener.listen(QUrl(QStringLiteral("http://127.0.0.1:%1/cb").arg(port))));
        QSignalSpy callbacks(&listener, &LoopbackListener::callbackReceived);

        QNetworkRequest post{QUrl(QStringLiteral("http://127.0.0.1:%1/cb?code=x").arg(port))};
        post.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("text/plain"));
        QNetworkReply *reply = m_nam.post(post, QByteArray("x"));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 405);
        reply->deleteLater();

        // An oversized request is answered and dropped.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /cb?code=" + QByteArray(LoopbackListener::MaxRequestBytes + 10, 'a'));
        QTRY_VERIFY_WITH_TIMEOUT(
            socket.bytesAvailable() > 0 || socket.state() != QAbstractSocket::ConnectedState, 10000);
        QVERIFY(socket.readAll().startsWith("HTTP/1.1 431"));

        // Garbage.
        QTcpSocket garbage;
        garbage.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(garbage.waitForConnected(5000));
        garbage.write("\x01\x02 nonsense\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(garbage.bytesAvailable() > 0, 10000);
        QVERIFY(garbage.readAll().startsWith("HTTP/1.1 400"));

        QCOMPARE(callbacks.size(), 0);
        QVERIFY(listener.isListening());
        QCOMPARE(get(QStringLiteral("http://127.0.0.1:%1/cb?error=access_denied").arg(port)).status, 200);
        QCOMPARE(callbacks.size(), 1);
    }

    void portInUse()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        LoopbackListener listener;
        QString error;
        QVERIFY(!listener.listen(QUrl(QStringLiteral("http://localhost:%1/cb").arg(squatter.serverPort())),
                                 &error));
        QVERIFY2(error.contains(QString::number(squatter.serverPort())), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestLoopbackListener)
#include "tst_loopbacklistener.moc"
