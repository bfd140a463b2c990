#include "ConnectErrorPage.h"

#include <QTest>

using connectlab::flow::ConnectErrorPage;

// Connect's own 400 pages never redirect: a run must recognise them instead of waiting.
class TestConnectErrorPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recognize_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("API Client ID in the link")
            << 400 << "Smartcar Connect"
            << "Oops\n400: Invalid parameter client_id: client_01HXYZabc123\nGo back"
            << "invalid_client_id"
            << "400: Invalid parameter client_id: client_01HXYZabc123";
        // The offline sandbox's pages: the exact title, then the heading in the text.
        QTest::newRow("sandbox: API Client ID in the link")
            << 400 << "400: Invalid parameter client_id: client_01JCONNECTLABDEMO0000000000"
            << "SANDBOX · error\n400: Invalid parameter client_id: client_01JCONNECTLABDEMO0000000000\nThis "
               "is "
               "the API Client ID of Connect Lab demo app (API Authentication)"
            << "invalid_client_id"
            << "400: Invalid parameter client_id: client_01JCONNECTLABDEMO0000000000";
        QTest::newRow("sandbox: unregistered redirect")
            << 400 << "400: Unauthorized redirect_uri"
            << "SANDBOX · error\n400: Unauthorized redirect_uri\nThe redirect_uri is not one of the "
               "application's registered redirect URIs."
            << "unauthorized_redirect_uri"
            << "400: Unauthorized redirect_uri";
        QTest::newRow("in the title") << 400 << "400: Invalid parameter client_id: x"
                                      << ""
                                      << "invalid_client_id"
                                      << "400: Invalid parameter client_id: x";
        QTest::newRow("unregistered redirect") << 400 << ""
                                               << "400: Unauthorized redirect_uri"
                                               << "unauthorized_redirect_uri"
                                               << "400: Unauthorized redirect_uri";
        QTest::newRow("status unknown (0), still the page") << 0 << ""
                                                            << "400:  Unauthorized redirect_uri"
                                                            << "unauthorized_redirect_uri"
                                                            << "400:  Unauthorized redirect_uri";
        QTest::newRow("another 400") << 400 << ""
                                     << "400: Invalid parameter scope"
                                     << "bad_request"
                                     << "400: Invalid parameter scope";
        QTest::newRow("a page that only mentions 400 with another status")
            << 200 << ""
            << "Error codes such as 400: Bad Request are explained below"
            << ""
            << "";
        QTest::newRow("an ordinary screen") << 200 << "Connect your car"
                                            << "Select your brand"
                                            << ""
                                            << "";
        QTest::newRow("empty") << 0 << ""
                               << ""
                               << ""
                               << "";
    }

    void recognize()
    {
        QFETCH(int, status);
        QFETCH(QString, title);
        QFETCH(QString, text);
        QFETCH(QString, kind);
        QFETCH(QString, message);
        const ConnectErrorPage page = ConnectErrorPage::recognize(status, title, text);
        QCOMPARE(ConnectErrorPage::kindName(page.kind()), kind);
        QCOMPARE(page.isErrorPage(), !kind.isEmpty());
        QCOMPARE(page.message(), message);
        QCOMPARE(page.explanation().isEmpty(), kind.isEmpty());
    }

    void explanationNamesTheFix()
    {
        const auto page =
            ConnectErrorPage::recognize(400, QString(), QStringLiteral("400: Invalid parameter client_id"));
        QVERIFY(page.explanation().contains(QStringLiteral("Application ID")));
        QVERIFY(page.explanation().contains(QStringLiteral("client_")));
    }
};

QTEST_GUILESS_MAIN(TestConnectErrorPage)
#include "tst_connecterrorpage.moc"
