// connectlab reads argv with ProgramArguments, like connectlab-cli: a word that starts with U+FEFF keeps it,
// so "\ufeffdark" is not taken for "dark" (QCoreApplication::arguments() drops the mark and would accept it).
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

class tst_ConnectlabArguments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void leadingBomIsKept_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("--theme") << "--theme"
                                 << "dark" << QByteArray("connectlab: --theme takes light or dark");
        QTest::newRow("--lang") << "--lang"
                                << "de" << QByteArray("connectlab: --lang takes ");
    }

    void leadingBomIsKept()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        QFETCH(QByteArray, message);
        QProcess app;
        app.start(QStringLiteral(CONNECTLAB_APP),
                  {QStringLiteral("--self-test"), option, QChar(0xFEFF) + value});
        QVERIFY(app.waitForFinished(30000));
        const QByteArray err = app.readAllStandardError();
        QCOMPARE(app.exitCode(), 2);
        QVERIFY2(err.contains(message), err.constData());
        const QByteArray shown = QByteArray("not \"\xef\xbb\xbf") + value.toUtf8() + QByteArray("\"");
        QVERIFY2(err.contains(shown), err.constData());

        // Without the mark the same value is fine.
        QProcess plain;
        plain.start(QStringLiteral(CONNECTLAB_APP), {QStringLiteral("--self-test"), option, value});
        QVERIFY(plain.waitForFinished(30000));
        QVERIFY2(plain.exitCode() == 0, plain.readAllStandardError().constData());
    }
};

QTEST_GUILESS_MAIN(tst_ConnectlabArguments)
#include "tst_connectlabarguments.moc"
