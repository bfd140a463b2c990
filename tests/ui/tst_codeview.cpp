// CodeView, the Code tab (issue 13), driven through its widgets: the language picker, the coloured read-only
// code, Copy, the note line; it follows the link while visible and does no work while hidden. Also in the
// window: the tab is there, and typing with it showing updates the code.
#include "CodeGenerator.h"
#include "CodeView.h"
#include "ConnectModel.h"
#include "MainWindow.h"
#include "Theme.h"
#include "UiTestHelpers.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>

using namespace connectlab;
using connectlab::testing::child;
using connectlab::testing::retype;

Q_DECLARE_METATYPE(connectlab::CodeLanguage)

namespace {

ConnectRequest sample()
{
    ConnectRequest r;
    r.clientId = QStringLiteral("8229df9f-91a0-4ff0-a1ae-a1f38ee24d07");
    r.redirectUri = QStringLiteral("https://example.com/callback");
    r.setScopeString(QStringLiteral("required:read_vehicle_info read_odometer"));
    r.state = QStringLiteral("first-state");
    r.mode = QStringLiteral("simulated");
    r.setCountry(QStringLiteral("DE"));
    return r;
}

// Picks a language the way a user does: the combo box, then Enter on the item.
void choose(CodeView &view, CodeLanguage language)
{
    auto *combo = child<QComboBox>(&view, "codeLanguageCombo");
    QVERIFY(combo);
    const int index = combo->findData(int(language));
    QVERIFY(index >= 0);
    combo->setFocus();
    while (combo->currentIndex() < index)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > index)
        QTest::keyClick(combo, Qt::Key_Up);
}

// The colour the highlighter gave the first occurrence of `needle` in the editor.
QColor colourOf(QPlainTextEdit *edit, const QString &needle)
{
    for (QTextBlock block = edit->document()->begin(); block.isValid(); block = block.next()) {
        const int at = int(block.text().indexOf(needle));
        if (at < 0)
            continue;
        for (const QTextLayout::FormatRange &range : block.layout()->formats())
            if (range.start <= at && at < range.start + range.length)
                return range.format.foreground().color();
        return QColor();
    }
    return QColor();
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    return p;
}

// The colour the highlighter gave the first character of line `line`.
QColor colourAt(QPlainTextEdit *edit, int line)
{
    const QTextBlock block = edit->document()->findBlockByNumber(line);
    for (const QTextLayout::FormatRange &range : block.layout()->formats())
        if (range.start == 0)
            return range.format.foreground().color();
    return QColor();
}

} // namespace

class TestCodeView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void followsTheLinkWhileVisible();
    void idleWhileHidden();
    void eachLanguage_data();
    void eachLanguage();
    void coloured();
    void copy();
    void curlModels();
    void inTheWindow();
};

void TestCodeView::followsTheLinkWhileVisible()
{
    ConnectModel model;
    model.setRequest(sample());
    CodeView view(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *text = child<QPlainTextEdit>(&view, "codeText");
    QVERIFY(text->isReadOnly());
    QVERIFY(text->toPlainText().contains(QStringLiteral("state: 'first-state',")));
    QVERIFY(text->toPlainText().contains(QStringLiteral("mode: 'simulated',")));
    const int before = view.generations();
    // Changes in a burst (typing) come together in one update, within the throttle's interval.
    for (const char *state : {"s", "se", "sec", "second-state"})
        model.setState(QString::fromLatin1(state));
    QCOMPARE(view.generations(), before); // the keystrokes themselves do no code work
    QTRY_VERIFY_WITH_TIMEOUT(text->toPlainText().contains(QStringLiteral("state: 'second-state',")), 2000);
    QCOMPARE(view.generations(), before + 1);
    QVERIFY(!text->toPlainText().contains(QStringLiteral("first-state")));
    QCOMPARE(view.code(), view.generated().code);
    // Only the changed line was replaced: the text is still exactly the generated code, and still coloured.
    QCOMPARE(view.code(), CodeGenerator::generate(CodeLanguage::Node, model.request()).code);
    QCOMPARE(colourOf(text, QStringLiteral("'second-state'")),
             Theme::codeColor(Theme::CodeRole::String, view.palette()));
    // flush() catches up at once.
    model.setState(QStringLiteral("third-state"));
    view.flush();
    QVERIFY(view.code().contains(QStringLiteral("state: 'third-state',")));
    // A change of several lines (another client, scope and mode) is replaced right too.
    ConnectRequest other = sample();
    other.clientId = QStringLiteral("4cf82729-4275-46d9-9255-8437ba777151");
    other.scope.clear();
    other.mode = QStringLiteral("live");
    model.setRequest(other);
    view.flush();
    QCOMPARE(view.code(), CodeGenerator::generate(CodeLanguage::Node, model.request()).code);
}

void TestCodeView::idleWhileHidden()
{
    ConnectModel model;
    model.setRequest(sample());
    CodeView view(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.hide();
    const int before = view.generations();
    for (const char *state : {"a", "ab", "abc", "abcd"})
        model.setState(QString::fromLatin1(state));
    QTest::qWait(3 * CodeView::ThrottleMs);
    QCOMPARE(view.generations(), before); // no work while hidden, not even later
    view.show();
    QCOMPARE(view.generations(), before + 1); // one catch-up on show
    QVERIFY(view.code().contains(QStringLiteral("state: 'abcd',")));
}

void TestCodeView::eachLanguage_data()
{
    QTest::addColumn<CodeLanguage>("language");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("note");
    QTest::newRow("node") << CodeLanguage::Node << QStringLiteral("const smartcar = require('smartcar');")
                          << QStringLiteral("says everything");
    QTest::newRow("js") << CodeLanguage::BrowserJs << QStringLiteral("import Smartcar from '@smartcar/auth';")
                        << QStringLiteral("originalState");
    QTest::newRow("python") << CodeLanguage::Python << QStringLiteral("client.get_auth_url(scope, options)")
                            << QStringLiteral("says everything");
    QTest::newRow("java") << CodeLanguage::Java << QStringLiteral(".addFlag(\"country\", \"DE\")")
                          << QStringLiteral("says everything");
    QTest::newRow("ruby") << CodeLanguage::Ruby << QStringLiteral("flags: { country: 'DE' }")
                          << QStringLiteral("says everything");
    QTest::newRow("go") << CodeLanguage::Go << QStringLiteral("q.Add(\"mode\", \"simulated\")")
                        << QStringLiteral("mode only for test mode");
    QTest::newRow("swift") << CodeLanguage::Swift << QStringLiteral("mode: .simulated")
                           << QStringLiteral("sdk_platform=iOS");
    QTest::newRow("kotlin") << CodeLanguage::Kotlin
                            << QStringLiteral("adjusted.appendQueryParameter(\"mode\", \"simulated\")")
                            << QStringLiteral("testMode");
    QTest::newRow("raw") << CodeLanguage::RawUrl << QStringLiteral("['state', 'first-state'],")
                         << QStringLiteral("says everything");
    QTest::newRow("curl") << CodeLanguage::Curl << QStringLiteral("grant_type=authorization_code")
                          << QStringLiteral("says everything");
}

void TestCodeView::eachLanguage()
{
    QFETCH(CodeLanguage, language);
    QFETCH(QString, code);
    QFETCH(QString, note);
    ConnectModel model;
    model.setRequest(sample());
    CodeView view(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    choose(view, language);
    QCOMPARE(view.language(), language);
    QVERIFY2(view.code().contains(code), qPrintable(view.code()));
    auto *label = child<QLabel>(&view, "codeNoteLabel");
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(note), qPrintable(label->text()));
    QVERIFY(label->text().contains(CodeLanguages::displayName(language)));
    QCOMPARE(child<QComboBox>(&view, "codeModelCombo")->isVisible(), language == CodeLanguage::Curl);
}

void TestCodeView::coloured()
{
    ConnectModel model;
    model.setRequest(sample());
    CodeView view(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *text = child<QPlainTextEdit>(&view, "codeText");
    // Line 0 is a comment, line 2 starts with the keyword const.
    QCOMPARE(colourAt(text, 0), Theme::codeColor(Theme::CodeRole::Comment, view.palette()));
    QVERIFY(text->document()->findBlockByNumber(2).text().startsWith(QStringLiteral("const")));
    QCOMPARE(colourAt(text, 2), Theme::codeColor(Theme::CodeRole::Keyword, view.palette()));
    // The colours follow a dark palette.
    view.setPalette(darkPalette());
    QCOMPARE(colourAt(text, 2), Theme::codeColor(Theme::CodeRole::Keyword, darkPalette()));
    QVERIFY(Theme::codeColor(Theme::CodeRole::Keyword, darkPalette()) !=
            Theme::codeColor(Theme::CodeRole::Keyword, QPalette(Qt::white)));
}

void TestCodeView::copy()
{
    ConnectModel model;
    model.setRequest(sample());
    CodeView view(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    choose(view, CodeLanguage::Python);
    QSignalSpy copied(&view, &CodeView::copied);
    QApplication::clipboard()->clear();
    QTest::mouseClick(child<QToolButton>(&view, "codeCopyButton"), Qt::LeftButton);
    QCOMPARE(copied.count(), 1);
    QCOMPARE(QApplication::clipboard()->text(), view.code());
    QVERIFY(QApplication::clipboard()->text().startsWith(QStringLiteral("# smartcar")));
}

void TestCodeView::curlModels()
{
    ConnectModel model;
    model.setRequest(sample());
    CodeView view(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    choose(view, CodeLanguage::Curl);
    QVERIFY(view.code().contains(QStringLiteral("client_credentials")));
    auto *models = child<QComboBox>(&view, "codeModelCombo");
    QVERIFY(models->isVisible());
    models->setFocus();
    QTest::keyClick(models, Qt::Key_Down); // per-vehicle tokens only
    QCOMPARE(view.tokenModel(), CodeOptions::TokenModel::PerVehicle);
    QVERIFY(view.code().contains(QStringLiteral("authorization_code")));
    QVERIFY(!view.code().contains(QStringLiteral("client_credentials")));
    QTest::keyClick(models, Qt::Key_Down); // API Authentication only
    QVERIFY(!view.code().contains(QStringLiteral("authorization_code")));
    QVERIFY(view.code().contains(QStringLiteral("https://iam.smartcar.com/oauth2/token")));
}

void TestCodeView::inTheWindow()
{
    MainWindow::Options options;
    options.restoreSession = false;
    options.persist = false;
    MainWindow w(options);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *tabs = child<QTabWidget>(&w, "sideTabs");
    auto *view = child<CodeView>(&w, "codeView");
    QVERIFY(view);
    const int index = tabs->indexOf(view);
    QVERIFY(index >= 0);
    QCOMPARE(tabs->tabText(index), QStringLiteral("&Code"));

    // On the Link tab, typing does not generate code.
    QCOMPARE(tabs->currentIndex(), 0);
    const int hidden = view->generations();
    retype(child<QWidget>(&w, "stateEdit"), QStringLiteral("typed-state"));
    QTest::qWait(3 * CodeView::ThrottleMs);
    QCOMPARE(view->generations(), hidden);

    // Shown, the code is up to date, and follows every keystroke.
    tabs->setCurrentWidget(view);
    QTRY_VERIFY(view->isVisible());
    QVERIFY(view->code().contains(QStringLiteral("state: 'typed-state',")));
    retype(child<QWidget>(&w, "stateEdit"), QStringLiteral("typed-again"));
    QTRY_VERIFY(view->code().contains(QStringLiteral("state: 'typed-again',")));
    QCOMPARE(view->code(), view->generated().code);
    QVERIFY(view->generated().code == CodeGenerator::generate(CodeLanguage::Node, w.model()->request()).code);
    // CONNECTLAB_CODE_SCREENSHOT=file.png saves the window with the Code tab (for the README, or a look).
    const QString out = qEnvironmentVariable("CONNECTLAB_CODE_SCREENSHOT");
    if (!out.isEmpty()) {
        QCoreApplication::processEvents(); // the note line's pending layout request
        QVERIFY(w.grab().save(out));
    }
}

QTEST_MAIN(TestCodeView)
#include "tst_codeview.moc"
