// Webhooks from the sandbox (WebhookDispatcher through SandboxServer), seen by a receiver in the test that
// recomputes SC-Signature over the raw bytes it got: VERIFY answered right and wrong (and every other way it
// can fail), VEHICLE_STATE after a connection, VEHICLE_ERROR on demand, loopback only.
#include "SandboxClient.h"
#include "SandboxServer.h"
#include "WebhookDispatcher.h"

#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

using namespace connectlab::sandbox;
using namespace connectlab::sandbox::testing;

namespace {

const QString V3Id = QString::fromLatin1(SandboxConfig::DemoV3ApplicationId);
const QByteArray Token = SandboxConfig::DemoV3ManagementToken;

QByteArray hmacHex(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toHex();
}

// A webhook receiver as a developer would write one: keeps every request's raw bytes, checks SC-Signature
// over them with its own HMAC, and answers as told.
class Receiver : public QTcpServer
{
public:
    enum class Mode
    {
        Correct,
        WrongHmac,
        ServerError,
        NotJson,
        NoChallenge,
        Silent
    };
    struct Got
    {
        QByteArray method, path, contentType, signature, body;
        bool signatureValid = false;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };

    Mode mode = Mode::Correct;
    QByteArray token = Token;
    QList<Got> got;

    Receiver()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }
    bool start() { return listen(QHostAddress::LocalHost, 0); }
    QString url(const QString &path = QStringLiteral("/webhooks")) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path);
    }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
        socket->setProperty("buffer", buffer);
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Got g;
        qsizetype length = 0;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        g.method = lines.value(0).split(' ').value(0);
        g.path = lines.value(0).split(' ').value(1);
        for (const QByteArray &raw : lines.mid(1)) {
            const QByteArray line = raw.trimmed();
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                length = value.toLongLong();
            else if (name == "sc-signature")
                g.signature = value;
            else if (name == "content-type")
                g.contentType = value;
        }
        if (buffer.size() < end + 4 + length)
            return;
        g.body = buffer.mid(end + 4, length); // the raw bytes, never re-serialized
        g.signatureValid = hmacHex(token, g.body) == g.signature;
        got.append(g);
        if (mode == Mode::Silent)
            return;
        int status = 200;
        QByteArray type = "application/json";
        QByteArray answer = "{}";
        const QString challenge =
            g.json().value(QLatin1String("data")).toObject().value(QLatin1String("challenge")).toString();
        if (!g.signatureValid) {
            status = 401;
            answer = R"({"error": "bad signature"})";
        } else if (mode == Mode::ServerError) {
            status = 500;
        } else if (mode == Mode::NotJson) {
            type = "text/plain";
            answer = "ok";
        } else if (mode == Mode::NoChallenge) {
            answer = R"({"hmac": "abc"})";
        } else if (!challenge.isEmpty()) {
            const QByteArray key = mode == Mode::WrongHmac ? QByteArray("not-the-token") : token;
            answer = R"({"challenge": ")" + hmacHex(key, challenge.toUtf8()) + "\"}";
        }
        socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + type +
                      "\r\nContent-Length: " + QByteArray::number(answer.size()) +
                      "\r\nConnection: close\r\n\r\n" + answer);
        socket->disconnectFromHost();
    }
};

} // namespace

class TestWebhookDispatcher : public QObject
{
    Q_OBJECT

private:
    SandboxServer *m_server = nullptr;
    SandboxClient *m_client = nullptr;
    Receiver *m_receiver = nullptr;

    // A whole flow for the v3 demo app; returns the screens' last answer.
    HttpReply connectVehicles(const QString &login)
    {
        const Params link{
            {QStringLiteral("response_type"), QStringLiteral("code")},
            {QStringLiteral("client_id"), V3Id},
            {QStringLiteral("redirect_uri"), QString::fromLatin1(SandboxConfig::DemoRedirectUri)},
            {QStringLiteral("scope"), QStringLiteral("read_vehicle_info read_odometer read_vin")},
            {QStringLiteral("state"), QStringLiteral("s1")},
            {QStringLiteral("make"), QStringLiteral("TESLA")},
            {QStringLiteral("approval_prompt"), QStringLiteral("force")},
            {QStringLiteral("mode"), QStringLiteral("simulated")}};
        HttpReply page = m_client->authorize(link);
        page = m_client->step(page, {{QStringLiteral("action"), QStringLiteral("continue")}});
        page = m_client->step(
            page, {{QStringLiteral("username"), login}, {QStringLiteral("password"), QStringLiteral("pw")}});
        Params chosen;
        for (const QString &id : page.inputValues(QStringLiteral("vehicle")))
            chosen.append({QStringLiteral("vehicle"), id});
        page = m_client->step(page, chosen);
        Params allow{{QStringLiteral("action"), QStringLiteral("allow")}};
        for (const QString &p : page.inputValues(QStringLiteral("permission")))
            allow.append({QStringLiteral("permission"), p});
        return m_client->step(page, allow);
    }

    WebhookDelivery delivery(const QString &id) const
    {
        for (const WebhookDelivery &d : m_server->webhookDeliveries()) {
            if (d.id == id)
                return d;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_server = new SandboxServer;
        QVERIFY(m_server->listen());
        m_client = new SandboxClient(m_server);
        m_receiver = new Receiver;
        QVERIFY(m_receiver->start());
    }
    void cleanup()
    {
        delete m_client;
        delete m_server;
        delete m_receiver;
    }

    void urlPolicy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("refusal"); // empty: allowed
        QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:8000/webhooks") << QString();
        QTest::newRow("localhost") << QStringLiteral("http://localhost:3000/hooks") << QString();
        QTest::newRow("LOCALHOST, https") << QStringLiteral("https://LOCALHOST/hooks") << QString();
        QTest::newRow("[::1]") << QStringLiteral("http://[::1]:8000/h") << QString();
        const QString only = QStringLiteral("The sandbox delivers webhooks only to this machine");
        QTest::newRow("a real host") << QStringLiteral("https://myapp.example.com/webhooks") << only;
        QTest::newRow("a LAN address") << QStringLiteral("http://192.168.1.20:8000/webhooks") << only;
        QTest::newRow("other loopback-ish") << QStringLiteral("http://127.0.0.2/webhooks") << only;
        QTest::newRow("look-alike") << QStringLiteral("http://localhost.example.com/webhooks") << only;
        QTest::newRow("0.0.0.0") << QStringLiteral("http://0.0.0.0:8000/") << only;
        QTest::newRow("ftp") << QStringLiteral("ftp://localhost/x")
                             << QStringLiteral("The webhook URL must start with http:// or https://");
        QTest::newRow("no scheme") << QStringLiteral("localhost:8000")
                                   << QStringLiteral("“localhost:8000” is not a URL");
        QTest::newRow("words") << QStringLiteral("my webhook") << QStringLiteral("“my webhook” is not a URL");
        QTest::newRow("empty") << QString() << QStringLiteral("The webhook URL is empty");
    }
    void urlPolicy()
    {
        QFETCH(QString, url);
        QFETCH(QString, refusal);
        QString error;
        QCOMPARE(WebhookDispatcher::checkUrl(url, &error), refusal.isEmpty());
        QVERIFY2(error.startsWith(refusal), qPrintable(error));
        if (refusal.isEmpty() || url.isEmpty())
            return;
        // The server refuses it the same way and keeps the app's URL as it was.
        QVERIFY(m_server->setWebhookUrl(V3Id, m_receiver->url()));
        QVERIFY(!m_server->setWebhookUrl(V3Id, url, &error));
        QVERIFY2(error.startsWith(refusal), qPrintable(error));
        QCOMPARE(m_server->config().app(V3Id)->webhookUrl, m_receiver->url());
    }

    void setWebhookUrl()
    {
        QSignalSpy changed(m_server, &SandboxServer::configChanged);
        QVERIFY(m_server->setWebhookUrl(V3Id, QStringLiteral(" http://localhost:9/hooks ")));
        QCOMPARE(m_server->config().app(V3Id)->webhookUrl, QStringLiteral("http://localhost:9/hooks"));
        QCOMPARE(changed.count(), 1);
        QVERIFY(m_server->setWebhookUrl(V3Id, QString())); // cleared
        QVERIFY(m_server->config().app(V3Id)->webhookUrl.isEmpty());
        QString error;
        QVERIFY(
            !m_server->setWebhookUrl(QStringLiteral("nope"), QStringLiteral("http://localhost/"), &error));
        QVERIFY(error.contains(QStringLiteral("nope")));
    }

    void verifyRightHmac()
    {
        QVERIFY(m_server->setWebhookUrl(V3Id, m_receiver->url()));
        QSignalSpy delivered(m_server, &SandboxServer::webhookDelivered);
        const QString id = m_server->verifyWebhook(V3Id);
        QTRY_COMPARE(delivered.count(), 1);
        const WebhookDelivery d = delivered.first().first().value<WebhookDelivery>();
        QCOMPARE(d.id, id);
        QCOMPARE(d.event, QStringLiteral("VERIFY"));
        QCOMPARE(d.httpStatus, 200);
        QVERIFY2(d.passed, qPrintable(d.verdict));
        QVERIFY(d.verdict.startsWith(QStringLiteral("verified")));
        QVERIFY(d.when.isValid());

        QCOMPARE(m_receiver->got.size(), 1);
        const Receiver::Got &g = m_receiver->got.first();
        QCOMPARE(g.method, QByteArray("POST"));
        QCOMPARE(g.path, QByteArray("/webhooks"));
        QCOMPARE(g.contentType, QByteArray("application/json"));
        QVERIFY(g.signatureValid); // HMAC over exactly the bytes that arrived
        QCOMPARE(g.body, d.body);
        QCOMPARE(QString::fromLatin1(g.signature), d.signature);
        // Compact JSON, as JSON.stringify writes it: what the SDKs hash.
        QCOMPARE(QJsonDocument::fromJson(g.body).toJson(QJsonDocument::Compact), g.body);
        const QJsonObject json = g.json();
        QCOMPARE(json.value(QLatin1String("eventType")).toString(), QStringLiteral("VERIFY"));
        QVERIFY(!json.value(QLatin1String("eventId")).toString().isEmpty());
        QVERIFY(json.value(QLatin1String("data"))
                    .toObject()
                    .value(QLatin1String("challenge"))
                    .toString()
                    .size() >= 32);
        const QJsonObject meta = json.value(QLatin1String("meta")).toObject();
        QCOMPARE(meta.value(QLatin1String("version")).toString(), QStringLiteral("4.0"));
        QCOMPARE(meta.value(QLatin1String("deliveryId")).toString(), id);
        QVERIFY(!meta.value(QLatin1String("webhookId")).toString().isEmpty());
        QVERIFY(!meta.value(QLatin1String("webhookName")).toString().isEmpty());
        QVERIFY(meta.value(QLatin1String("deliveredAt")).toDouble() > 1.7e12);
        QCOMPARE(m_server->webhookDeliveries().size(), 1);
    }

    void verifyFails_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("wrong HMAC") << int(Receiver::Mode::WrongHmac) << 200
                                    << QStringLiteral("wrong HMAC: answered ");
        QTest::newRow("500") << int(Receiver::Mode::ServerError) << 500
                             << QStringLiteral("HTTP 500: a verify must be answered 200");
        QTest::newRow("not JSON") << int(Receiver::Mode::NotJson) << 200 << QStringLiteral("not JSON");
        QTest::newRow("no challenge")
            << int(Receiver::Mode::NoChallenge) << 200 << QStringLiteral("no \"challenge\" string");
        QTest::newRow("timeout") << int(Receiver::Mode::Silent) << 0
                                 << QStringLiteral("timeout: no answer within 0.3 s");
    }
    void verifyFails()
    {
        QFETCH(int, mode);
        QFETCH(int, status);
        QFETCH(QString, verdict);
        m_receiver->mode = Receiver::Mode(mode);
        m_server->setWebhookTimeout(300);
        QVERIFY(m_server->setWebhookUrl(V3Id, m_receiver->url()));
        QSignalSpy delivered(m_server, &SandboxServer::webhookDelivered);
        m_server->verifyWebhook(V3Id);
        QTRY_COMPARE(delivered.count(), 1);
        const WebhookDelivery d = delivered.first().first().value<WebhookDelivery>();
        QVERIFY(!d.passed);
        QCOMPARE(d.httpStatus, status);
        QVERIFY2(d.verdict.startsWith(verdict), qPrintable(d.verdict));
    }

    void nothingListening()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        QVERIFY(m_server->setWebhookUrl(V3Id, QStringLiteral("http://127.0.0.1:%1/hooks").arg(port)));
        QSignalSpy delivered(m_server, &SandboxServer::webhookDelivered);
        m_server->verifyWebhook(V3Id);
        QTRY_COMPARE(delivered.count(), 1);
        const WebhookDelivery d = delivered.first().first().value<WebhookDelivery>();
        QVERIFY(!d.passed);
        QVERIFY2(d.verdict.startsWith(QStringLiteral("could not deliver: ")), qPrintable(d.verdict));
    }

    void refusedBeforeSending_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("not loopback")
            << QStringLiteral("http://example.com/hooks") << QString::fromLatin1(Token)
            << QStringLiteral("refused: The sandbox delivers webhooks only to this machine");
        QTest::newRow("no URL") << QString() << QString::fromLatin1(Token) << QStringLiteral("refused: ");
        QTest::newRow("no token") << QStringLiteral("http://127.0.0.1:9/") << QString()
                                  << QStringLiteral("refused: ");
    }
    void refusedBeforeSending()
    {
        QFETCH(QString, url);
        QFETCH(QString, token);
        QFETCH(QString, verdict);
        // As a config file could set it, past setWebhookUrl's check.
        SandboxConfig config = m_server->config();
        for (RegisteredApp &a : config.apps) {
            if (a.clientId == V3Id) {
                a.webhookUrl = url;
                a.managementToken = token;
            }
        }
        m_server->setConfig(config);
        QSignalSpy delivered(m_server, &SandboxServer::webhookDelivered);
        m_server->verifyWebhook(V3Id);
        QCOMPARE(delivered.count(), 1); // at once
        const WebhookDelivery d = delivered.first().first().value<WebhookDelivery>();
        QVERIFY(!d.passed);
        QCOMPARE(d.httpStatus, 0);
        QVERIFY(d.body.isEmpty()); // nothing was sent
        QVERIFY2(d.verdict.startsWith(verdict), qPrintable(d.verdict));
        QTest::qWait(50);
        QVERIFY(m_receiver->got.isEmpty());
    }

    void vehicleStateAfterConnection()
    {
        QVERIFY(m_server->setWebhookUrl(V3Id, m_receiver->url()));
        QSignalSpy delivered(m_server, &SandboxServer::webhookDelivered);
        const HttpReply redirect = connectVehicles(QStringLiteral("2-vehicles@smartcar.com"));
        QCOMPARE(redirect.status, 302);
        QTRY_COMPARE(delivered.count(), 2); // one per connected vehicle
        QCOMPARE(m_receiver->got.size(), 2);
        const QStringList vehicles = m_server->connectedVehicles(V3Id);
        QCOMPARE(vehicles.size(), 2);
        const QString redirectUser = redirect.redirectParams().value(QStringLiteral("user_id"));
        QString userId;
        for (const Receiver::Got &g : std::as_const(m_receiver->got)) {
            QVERIFY(g.signatureValid);
            QCOMPARE(QJsonDocument::fromJson(g.body).toJson(QJsonDocument::Compact), g.body);
            const QJsonObject json = g.json();
            QCOMPARE(json.value(QLatin1String("eventType")).toString(), QStringLiteral("VEHICLE_STATE"));
            QCOMPARE(json.value(QLatin1String("triggers"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QLatin1String("type"))
                         .toString(),
                     QStringLiteral("FIRST_DELIVERY"));
            const QJsonObject data = json.value(QLatin1String("data")).toObject();
            const QString user =
                data.value(QLatin1String("user")).toObject().value(QLatin1String("id")).toString();
            QVERIFY(!QUuid::fromString(user).isNull());
            if (!redirectUser.isEmpty())
                QCOMPARE(user, redirectUser); // the owner the redirect named
            QVERIFY(userId.isEmpty() || userId == user);
            userId = user;
            const QJsonObject vehicle = data.value(QLatin1String("vehicle")).toObject();
            QVERIFY(vehicles.contains(vehicle.value(QLatin1String("id")).toString()));
            QCOMPARE(json.value(QLatin1String("vehicleId")).toString(),
                     vehicle.value(QLatin1String("id")).toString());
            QCOMPARE(vehicle.value(QLatin1String("make")).toString(), QStringLiteral("TESLA"));
            QVERIFY(!vehicle.value(QLatin1String("model")).toString().isEmpty());
            QVERIFY(vehicle.value(QLatin1String("year")).toInt() > 2000);
            QStringList codes;
            for (const QJsonValue &s : data.value(QLatin1String("signals")).toArray())
                codes.append(s.toObject().value(QLatin1String("code")).toString());
            QCOMPARE(codes, QStringList({QStringLiteral("odometer-traveleddistance"),
                                         QStringLiteral("vehicleidentification-vin")}));
            const QJsonObject odometer = data.value(QLatin1String("signals")).toArray().first().toObject();
            QCOMPARE(odometer.value(QLatin1String("body")).toObject().value(QLatin1String("unit")).toString(),
                     QStringLiteral("km"));
            QVERIFY(
                odometer.value(QLatin1String("body")).toObject().value(QLatin1String("value")).toDouble() >
                0);
            QCOMPARE(json.value(QLatin1String("meta")).toObject().value(QLatin1String("mode")).toString(),
                     QStringLiteral("SIMULATED"));
        }
        for (const WebhookDelivery &d : m_server->webhookDeliveries()) {
            QCOMPARE(d.event, QStringLiteral("VEHICLE_STATE"));
            QVERIFY2(d.passed, qPrintable(d.verdict));
            QCOMPARE(d.verdict, QStringLiteral("delivered: HTTP 200"));
        }
    }

    void noWebhookNoDelivery()
    {
        QSignalSpy delivered(m_server, &SandboxServer::webhookDelivered);
        QCOMPARE(connectVehicles(QStringLiteral("driver@example.com")).status, 302);
        QTest::qWait(50);
        QCOMPARE(delivered.count(), 0);
        QCOMPARE(m_server->connectedVehicles(V3Id).size(), 1); // known for a later vehicle error
    }

    void receiverWithAnotherTokenRejects()
    {
        m_receiver->token = "someone-elses-token";
        QVERIFY(m_server->setWebhookUrl(V3Id, m_receiver->url()));
        QSignalSpy delivered(m_server, &SandboxServer::webhookDelivered);
        connectVehicles(QStringLiteral("driver@example.com"));
        QTRY_COMPARE(delivered.count(), 1);
        const WebhookDelivery d = delivered.first().first().value<WebhookDelivery>();
        QVERIFY(!d.passed);
        QCOMPARE(d.httpStatus, 401);
        QVERIFY2(d.verdict.startsWith(QStringLiteral("HTTP 401: the receiver rejected it")),
                 qPrintable(d.verdict));
    }

    void vehicleErrorOnDemand()
    {
        connectVehicles(QStringLiteral("driver@example.com"));
        const QString vehicleId = m_server->connectedVehicles(V3Id).value(0);
        QVERIFY(!vehicleId.isEmpty());
        QVERIFY(m_server->setWebhookUrl(V3Id, m_receiver->url()));
        QSignalSpy delivered(m_server, &SandboxServer::webhookDelivered);
        m_server->sendVehicleError(V3Id, vehicleId);
        QTRY_COMPARE(delivered.count(), 1);
        QVERIFY(delivered.first().first().value<WebhookDelivery>().passed);
        const Receiver::Got &g = m_receiver->got.constLast();
        QVERIFY(g.signatureValid);
        const QJsonObject json = g.json();
        QCOMPARE(json.value(QLatin1String("eventType")).toString(), QStringLiteral("VEHICLE_ERROR"));
        const QJsonObject data = json.value(QLatin1String("data")).toObject();
        QCOMPARE(data.value(QLatin1String("vehicle")).toObject().value(QLatin1String("id")).toString(),
                 vehicleId);
        QVERIFY(
            !data.value(QLatin1String("user")).toObject().value(QLatin1String("id")).toString().isEmpty());
        const QJsonObject error = data.value(QLatin1String("errors")).toArray().first().toObject();
        const QJsonObject resolution = error.value(QLatin1String("resolution")).toObject();
        QCOMPARE(resolution.value(QLatin1String("type")).toString(), QStringLiteral("REAUTHENTICATE"));
        const QUrl reauth(resolution.value(QLatin1String("url")).toString());
        QCOMPARE(reauth, m_server->reauthenticateUrl(V3Id, vehicleId));
        QCOMPARE(reauth.path(), QStringLiteral("/oauth/reauthenticate"));
        QCOMPARE(reauth.port(), int(m_server->port()));
        QVERIFY(reauth.query().contains(QStringLiteral("response_type=vehicle_id")));
        QVERIFY(reauth.query().contains(QStringLiteral("vehicle_id=") + vehicleId));
        // The link works: it opens the sandbox's re-authentication.
        const HttpReply page = m_client->get(reauth);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.step(), QStringLiteral("preamble"));
    }

    void vehicleErrorForAnUnknownVehicle()
    {
        QVERIFY(m_server->setWebhookUrl(V3Id, m_receiver->url()));
        QSignalSpy delivered(m_server, &SandboxServer::webhookDelivered);
        m_server->sendVehicleError(V3Id, QStringLiteral("no-such-vehicle"));
        QCOMPARE(delivered.count(), 1);
        const WebhookDelivery d = delivered.first().first().value<WebhookDelivery>();
        QCOMPARE(d.event, QStringLiteral("VEHICLE_ERROR"));
        QVERIFY2(d.verdict.contains(QStringLiteral("has not seen the vehicle")), qPrintable(d.verdict));
    }
};

QTEST_GUILESS_MAIN(TestWebhookDispatcher)
#include "tst_webhookdispatcher.moc"
