// The Run tab in German (issue 14): the real flow panel in the real window, against the window's own sandbox,
// before a run, while it waits for Connect, after the user denies and after a code comes back. No text of
// the tab (status, result, navigations, buttons, tooltips) may still be an English source string of
// connectlab_de.ts. The pages inside the browser are the sandbox's Connect stand-in and stay English.
#include "ClickThrough.h"
#include "ConnectModel.h"
#include "FindChild.h"
#include "FlowPage.h"
#include "FlowPanel.h"
#include "MainWindow.h"
#include "Translations.h"
#include "UntranslatedText.h"
#include "WebIntegration.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <memory>

using namespace connectlab;
using connectlab::web::ClickThrough;
using connectlab::web::FlowPanel;
namespace t = connectlab::test;

class TestGermanRun : public QObject
{
    Q_OBJECT

    std::unique_ptr<t::EnglishSources> m_english;
    QList<t::VisibleText> m_texts;

    void collect(QWidget *root, const QString &where)
    {
        QList<t::VisibleText> texts;
        t::collectTexts(root, texts);
        for (t::VisibleText &text : texts)
            text.where = where + QStringLiteral(": ") + text.where;
        m_texts << texts;
    }

    // Starts a run from the window's Run action and waits for its first page.
    static FlowPanel *runAndWaitForFirstPage(MainWindow &window)
    {
        window.findChild<QAction *>(QStringLiteral("runAction"))->trigger();
        auto *panel = qobject_cast<FlowPanel *>(window.flowRunner());
        if (!panel || !panel->page())
            return nullptr;
        QSignalSpy loaded(panel->page(), &QWebEnginePage::loadFinished);
        if (!loaded.wait(15000)) {
            qWarning("the first page did not load");
            return nullptr;
        }
        return panel;
    }

    void walkTabs(FlowPanel *panel, const QString &where)
    {
        auto *tabs = t::child<QTabWidget>(panel, "flowBottomTabs");
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(20);
            collect(panel->window(), where + QStringLiteral(", ") + t::plainText(tabs->tabText(i)));
        }
        tabs->setCurrentIndex(0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString dir = QStringLiteral(CONNECTLAB_SOURCE_DIR "/resources/translations/");
        QString error;
        const QList<t::TsMessage> german = t::readTs(dir + QStringLiteral("connectlab_de.ts"), &error);
        QVERIFY2(!german.isEmpty(), qPrintable(error));
        const QList<t::TsMessage> english = t::readTs(dir + QStringLiteral("connectlab_en.ts"), &error);
        QVERIFY2(!english.isEmpty(), qPrintable(error));
        m_english = std::make_unique<t::EnglishSources>(german, english);
        QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de")); // as `--lang de` does
    }

    void runTabIsGerman()
    {
        MainWindow window(MainWindow::Options{false, false});
        window.setFlowRunnerFactory([](QWidget *parent) { return web::createFlowPanel(parent); });
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.model()->setApprovalPrompt(QStringLiteral("force"));

        FlowPanel *panel = runAndWaitForFirstPage(window);
        QVERIFY(panel);
        QVERIFY(panel->isWaiting());
        walkTabs(panel, QStringLiteral("running"));
        const QString login = QString::fromLatin1(ClickThrough::DefaultLogin);

        ClickThrough::install(panel->page(), ClickThrough::Decision::Deny, login);
        panel->page()->runJavaScript(ClickThrough::script(ClickThrough::Decision::Deny, login));
        QTRY_VERIFY_WITH_TIMEOUT(panel->hasResult(), 20000);
        QCOMPARE(panel->result().error(), QStringLiteral("access_denied"));
        walkTabs(panel, QStringLiteral("denied"));

        panel = runAndWaitForFirstPage(window);
        QVERIFY(panel);
        ClickThrough::install(panel->page(), ClickThrough::Decision::Approve, login);
        panel->page()->runJavaScript(ClickThrough::script(ClickThrough::Decision::Approve, login));
        QTRY_VERIFY_WITH_TIMEOUT(panel->hasResult(), 20000);
        QVERIFY(!panel->result().code().isEmpty());
        walkTabs(panel, QStringLiteral("code"));
        QVERIFY2(panel->resultText().contains(QStringLiteral("Autorisierungscode empfangen")),
                 qPrintable(panel->resultText()));

        const QStringList english = t::englishTexts(*m_english, m_texts);
        QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("\n") + english.join(u'\n')));
    }
};

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    web::registerUrlSchemes(QStringList{});
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestGermanRun test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_germanrun.moc"
