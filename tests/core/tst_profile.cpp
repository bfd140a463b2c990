#include "Profile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace connectlab;

class tst_Profile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void jsonFormat();
    void saveCreatesFolderAndReplacesAtomically();
    void saveToUnwritablePlace();
    void loadErrors_data();
    void loadErrors();
    void missingFile();

private:
    static Profile sample();
    QTemporaryDir m_dir;
};

void tst_Profile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

Profile tst_Profile::sample()
{
    Profile p;
    p.name = QStringLiteral("Ünïcode & friends");
    ConnectRequest &r = p.request;
    r.baseUrl = QStringLiteral("http://127.0.0.1:8765");
    r.clientId = QStringLiteral("4cf82729-4275-46d9-9255-8437ba777151");
    r.redirectUri = QStringLiteral("http://localhost:8000/callback");
    r.setScopeString(QStringLiteral("required:read_vin read_odometer"));
    r.state = QStringLiteral("a+b c");
    r.approvalPrompt = QStringLiteral("force");
    r.mode = QStringLiteral("simulated");
    r.make = QStringLiteral("TESLA");
    r.singleSelect = QStringLiteral("true");
    r.singleSelectVin = QStringLiteral("0SCAUDI037A5ADB1C");
    r.setFlagsString(QStringLiteral("country:DE user:42 feature3 empty:"));
    r.extras = {{QStringLiteral("external_id"), QStringLiteral("x")}, {QStringLiteral("unknown"), QString()}};
    p.settings.insert(QStringLiteral("newStateEveryRun"), true);
    return p;
}

void tst_Profile::roundTrip()
{
    const Profile p = sample();
    Profile back;
    QString error;
    QVERIFY2(Profile::fromJson(p.toJson(), &back, &error), qPrintable(error));
    QCOMPARE(back.name, p.name);
    QCOMPARE(back.request, p.request);
    QCOMPARE(back.settings, p.settings);

    const QString path = m_dir.filePath(QStringLiteral("round.json"));
    QVERIFY2(p.save(path, &error), qPrintable(error));
    Profile loaded;
    QVERIFY2(Profile::load(path, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded.request, p.request);
    QCOMPARE(loaded.name, p.name);

    ConnectRequest reauth;
    reauth.makeReauthentication(QStringLiteral("veh"));
    QCOMPARE(Profile::requestFromJson(Profile::requestToJson(reauth)), reauth);
}

void tst_Profile::jsonFormat()
{
    const QJsonObject o = sample().toJson();
    QCOMPARE(o.value(u"format").toString(), QStringLiteral("connectlab-profile"));
    QCOMPARE(o.value(u"version").toInt(), 1);
    const QJsonObject r = o.value(u"request").toObject();
    QCOMPARE(r.value(u"client_id").toString(), QStringLiteral("4cf82729-4275-46d9-9255-8437ba777151"));
    QCOMPARE(r.value(u"scope").toArray().first().toString(), QStringLiteral("required:read_vin"));
    QCOMPARE(r.value(u"flags").toArray().at(2).toString(), QStringLiteral("feature3"));
    QCOMPARE(r.value(u"endpoint").toString(), QStringLiteral("authorize"));
    QVERIFY(!QJsonDocument(o).toJson().contains("secret"));
}

void tst_Profile::saveCreatesFolderAndReplacesAtomically()
{
    const QString path = m_dir.filePath(QStringLiteral("nested/deeper/profile.json"));
    QString error;
    Profile p = sample();
    QVERIFY2(p.save(path, &error), qPrintable(error));
    p.request.state = QStringLiteral("second");
    QVERIFY2(p.save(path, &error), qPrintable(error));
    Profile loaded;
    QVERIFY(Profile::load(path, &loaded, &error));
    QCOMPARE(loaded.request.state, QStringLiteral("second"));
    // Only the profile is left behind: no temporary files from QSaveFile.
    QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files), QStringList{"profile.json"});
}

void tst_Profile::saveToUnwritablePlace()
{
    // A regular file where the folder should be: the save fails with a message, the file stays intact.
    const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
    QFile f(blocker);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    QString error;
    QVERIFY(!sample().save(blocker + QStringLiteral("/p.json"), &error));
    QVERIFY2(error.contains(u"Cannot save the profile"), qPrintable(error));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
}

void tst_Profile::loadErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("truncated JSON") << QByteArray("{\"format\": \"connectlab-profile\",\n \"version\": ")
                                    << "invalid JSON at line 2";
    QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe garbage", 12) << "invalid JSON";
    QTest::newRow("empty file") << QByteArray() << "invalid JSON";
    QTest::newRow("array") << QByteArray("[1, 2]") << "top level must be a JSON object";
    QTest::newRow("other JSON") << QByteArray(R"({"hello": "world"})") << "not a Connect Lab profile";
    QTest::newRow("newer version") << QByteArray(
                                          R"({"format": "connectlab-profile", "version": 7, "request": {}})")
                                   << "newer Connect Lab";
    QTest::newRow("version text") << QByteArray(
                                         R"({"format": "connectlab-profile", "version": "1", "request": {}})")
                                  << "\"version\"";
    QTest::newRow("no request") << QByteArray(R"({"format": "connectlab-profile", "version": 1})")
                                << "\"request\" must be an object";
    QTest::newRow("wrong type") << QByteArray(R"({"format": "connectlab-profile", "version": 1,
        "request": {"client_id": 42}})")
                                << "\"request.client_id\" must be a string";
    QTest::newRow("scope not array") << QByteArray(R"({"format": "connectlab-profile", "version": 1,
        "request": {"scope": "read_vin"}})")
                                     << "\"request.scope\" must be an array";
    QTest::newRow("bad endpoint") << QByteArray(R"({"format": "connectlab-profile", "version": 1,
        "request": {"endpoint": "token"}})")
                                  << "\"request.endpoint\"";
    QTest::newRow("bad extras") << QByteArray(R"({"format": "connectlab-profile", "version": 1,
        "request": {"extras": [{"value": "x"}]}})")
                                << "\"request.extras[0]\"";
}

void tst_Profile::loadErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, errorPart);
    const QString path =
        m_dir.filePath(QStringLiteral("bad-%1.json").arg(QTest::currentDataTag()).replace(u' ', u'-'));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    Profile p;
    p.name = QStringLiteral("untouched");
    QString error;
    QVERIFY(!Profile::load(path, &p, &error));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QCOMPARE(p.name, QStringLiteral("untouched"));
}

void tst_Profile::missingFile()
{
    Profile p;
    QString error;
    QVERIFY(!Profile::load(m_dir.filePath(QStringLiteral("nope.json")), &p, &error));
    QVERIFY2(error.contains(u"nope.json"), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_Profile)
#include "tst_profile.moc"
