#include "CallbackResult.h"
#include "ErrorExplainer.h"
#include "FindChild.h"
#include "FlowResultHtml.h"
#include "FlowResultView.h"
#include "TestPalettes.h"
#include "Theme.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

using connectlab::Severity;
using connectlab::Theme;
using connectlab::flow::CallbackResult;
using connectlab::flow::ErrorExplainer;
using connectlab::test::child;
using connectlab::web::FlowResultHtml;
using connectlab::web::FlowResultView;

namespace {

CallbackResult callback(const char *query, const char *sentState = "s1")
{
    return CallbackResult::parse(
        QUrl(QStringLiteral("http://localhost:8000/callback?") + QLatin1String(query)),
        QString::fromLatin1(sentState));
}

// The colour of the first piece of text in `document` that contains `text` (invalid when none).
QColor colorOf(const QTextDocument *document, const QString &text)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.text().contains(text))
                return fragment.charFormat().foreground().color();
        }
    }
    return {};
}

// Every color: the HTML names.
QStringList colorsIn(const QString &html)
{
    static const QRegularExpression color(QStringLiteral("color:\\s*([^;\"]+)"));
    QStringList found;
    for (auto it = color.globalMatch(html); it.hasNext();)
        found << it.next().captured(1).trimmed();
    return found;
}

} // namespace

// The Result pane of the Run tab: one compact line while a flow runs, then the result first (the error in
// plain words), the parameters, the state check and the copy buttons, in colours that follow the palette.
class TestFlowResultView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statusIsOneLine()
    {
        FlowResultView view;
        view.resize(600, 300);
        view.show();
        const QString line =
            QStringLiteral("Running… waiting for the redirect to http://localhost:8000/callback.");
        view.showStatus(line);
        QVERIFY(view.isCompact());
        QVERIFY(!view.hasResult());
        QCOMPARE(view.text(), line);
        auto *status = child<QLabel>(&view, "flowStatus");
        QVERIFY(status->isVisible());
        QCOMPARE(status->toolTip(), line);
        QVERIFY(!child<QTextBrowser>(&view, "flowResult")->isVisible());
        QVERIFY(!child<QPushButton>(&view, "flowCopyCode")->isVisible());
        QVERIFY(!child<QPushButton>(&view, "flowCopyCallback")->isVisible());
        QVERIFY(child<QPushButton>(&view, "flowSystemBrowser")->isVisible());
        QVERIFY(!child<QLabel>(&view, "flowSystemBrowserHint")->isVisible());
        // One line, however narrow: elided, never wrapped.
        view.resize(260, 300);
        QTRY_VERIFY(status->text().endsWith(QStringLiteral("…")));
        QVERIFY(status->height() < 2 * status->fontMetrics().height());
        QVERIFY(view.preferredHeight(600) < 3 * view.fontMetrics().height() + 20);
    }

    void code()
    {
        FlowResultView view;
        view.show();
        const CallbackResult result = callback("code=SECRETCODE&state=s1");
        view.showResult(result);
        QVERIFY(view.hasResult());
        QVERIFY(!view.isCompact());
        QCOMPARE(view.result().code(), QStringLiteral("SECRETCODE"));
        QString text = view.text();
        QVERIFY2(text.startsWith(QStringLiteral("✔ Authorization code received")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("within 10 minutes")));
        QVERIFY(text.contains(QStringLiteral("State check: match.")));
        QVERIFY(text.contains(QStringLiteral("The state matches the one the link sent.")));
        QVERIFY(!text.contains(QStringLiteral("SECRETCODE")));
        QVERIFY(text.contains(QStringLiteral("•••••• (Reveal code to see it)")));
        QVERIFY(text.contains(QStringLiteral("callback?code=••••••&state=s1")));

        view.setRevealCode(true);
        text = view.text();
        QVERIFY(text.contains(QStringLiteral("SECRETCODE")));
        QVERIFY(text.contains(QStringLiteral("callback?code=SECRETCODE&state=s1")));

        auto *copyCode = child<QPushButton>(&view, "flowCopyCode");
        QVERIFY(copyCode->isVisible() && copyCode->isEnabled());
        QVERIFY(!child<QLabel>(&view, "flowSystemBrowserHint")->isVisible());
        copyCode->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("SECRETCODE"));
        child<QPushButton>(&view, "flowCopyCallback")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("http://localhost:8000/callback?code=SECRETCODE&state=s1"));
    }

    void reauthentication()
    {
        FlowResultView view;
        view.showResult(callback("vehicle_id=v-1&state=s1"));
        QVERIFY(view.text().startsWith(QStringLiteral("✔ Vehicle re-authenticated")));
        QVERIFY(!view.text().contains(QStringLiteral("within 10 minutes")));
        QVERIFY(!child<QPushButton>(&view, "flowCopyCode")->isEnabled());
    }

    void errorsExplained_data()
    {
        QTest::addColumn<QString>("error");
        for (const QString &error : ErrorExplainer::knownErrors())
            QTest::newRow(qPrintable(error)) << error;
        QTest::newRow("unknown") << QStringLiteral("made_up_error");
    }

    // The error first, in plain words, then what to do: ErrorExplainer's, for every error it knows.
    void errorsExplained()
    {
        QFETCH(QString, error);
        FlowResultView view;
        view.show();
        view.showResult(callback(qPrintable(QStringLiteral("error=") + error +
                                            QStringLiteral("&error_description=Because&state=s1"))));
        const auto explanation = ErrorExplainer::explain(error);
        const QString text = view.text();
        QVERIFY2(text.startsWith(QStringLiteral("✖ ") + error + QStringLiteral(": ") + explanation.title),
                 qPrintable(text));
        QVERIFY(text.contains(explanation.meaning));
        QVERIFY(text.contains(QStringLiteral("What to do: ") + explanation.nextStep));
        QVERIFY(text.contains(QStringLiteral("error_description")));
        QVERIFY(!child<QPushButton>(&view, "flowCopyCode")->isEnabled());
        QVERIFY(child<QPushButton>(&view, "flowCopyCallback")->isEnabled());
    }

    void stateCheck_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("sent");
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("bad");
        QTest::newRow("match") << "code=c&state=s1"
                               << "s1"
                               << "State check: match." << false;
        QTest::newRow("mismatch") << "code=c&state=forged"
                                  << "s1"
                                  << "⚠ State check: mismatch." << true;
        QTest::newRow("missing") << "code=c"
                                 << "s1"
                                 << "⚠ State check: missing." << true;
        QTest::newRow("not sent") << "code=c"
                                  << ""
                                  << "State check: not_sent." << false;
    }

    void stateCheck()
    {
        QFETCH(QString, query);
        QFETCH(QString, sent);
        QFETCH(QString, line);
        QFETCH(bool, bad);
        FlowResultView view;
        view.setPalette(connectlab::test::lightPalette());
        view.showResult(callback(qPrintable(query), qPrintable(sent)));
        QVERIFY2(view.text().contains(line), qPrintable(view.text()));
        const QColor color = colorOf(child<QTextBrowser>(&view, "flowResult")->document(), line);
        if (bad)
            QCOMPARE(color, Theme::severityColor(Severity::Error, view.palette()));
        else
            QVERIFY(color != Theme::severityColor(Severity::Error, view.palette()));
    }

    void failure()
    {
        FlowResultView view;
        view.show();
        view.showFailure(QStringLiteral("The page did not load"), QStringLiteral("HTTP 404 at http://x/"));
        QVERIFY(!view.isCompact());
        QVERIFY(!view.hasResult());
        QVERIFY(view.text().contains(QStringLiteral("The page did not load")));
        QVERIFY(view.text().contains(QStringLiteral("HTTP 404 at http://x/")));
        QVERIFY(!child<QPushButton>(&view, "flowCopyCode")->isVisible());
        QVERIFY(child<QPushButton>(&view, "flowRunAgain")->isVisible());
        // A run that ended without a callback may be a brand that refuses embedded browsers: say so.
        QVERIFY(child<QLabel>(&view, "flowSystemBrowserHint")->isVisible());
        QVERIFY(child<QLabel>(&view, "flowSystemBrowserHint")->text().contains(QStringLiteral("Ford")));
        QCOMPARE(
            colorOf(child<QTextBrowser>(&view, "flowResult")->document(), QStringLiteral("did not load")),
            Theme::severityColor(Severity::Error, view.palette()));
    }

    void buttons()
    {
        FlowResultView view;
        QSignalSpy again(&view, &FlowResultView::runAgainRequested);
        QSignalSpy system(&view, &FlowResultView::systemBrowserRequested);
        view.showResult(callback("code=c&state=s1"));
        view.setRunAgainEnabled(true);
        view.setSystemBrowserEnabled(true, QStringLiteral("Open it on 127.0.0.1:8000"));
        child<QPushButton>(&view, "flowRunAgain")->click();
        child<QPushButton>(&view, "flowSystemBrowser")->click();
        QCOMPARE(again.size(), 1);
        QCOMPARE(system.size(), 1);
        QVERIFY(
            child<QPushButton>(&view, "flowSystemBrowser")->toolTip().startsWith(QStringLiteral("Open it")));
        QVERIFY(child<QPushButton>(&view, "flowSystemBrowser")->toolTip().contains(QStringLiteral("Ford")));
        view.setSystemBrowserEnabled(false, QStringLiteral("Needs a loopback redirect URI"));
        QVERIFY(!child<QPushButton>(&view, "flowSystemBrowser")->isEnabled());
    }

    void colorsFollowThePalette_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("headline");
        QTest::newRow("code") << "code=c&state=s1"
                              << "Authorization code received";
        QTest::newRow("error") << "error=access_denied&state=s1"
                               << "access_denied: the user denied access";
        QTest::newRow("user_id") << "user_id=725146a3-0b4d-4f7e-9c3a-1d2e3f4a5b6c&state=s1"
                                 << "user_id received (API Authentication)";
        QTest::newRow("neither") << "state=s1"
                                 << "without code, user_id or error";
    }

    // The headline's colour is Theme's for the view's palette, light or dark, and changes with it.
    void colorsFollowThePalette()
    {
        QFETCH(QString, query);
        QFETCH(QString, headline);
        const CallbackResult result = callback(qPrintable(query));
        auto expected = [&](const QPalette &palette) {
            switch (result.outcome()) {
            case CallbackResult::Outcome::Code:
            case CallbackResult::Outcome::UserId:
                return Theme::okColor(palette);
            case CallbackResult::Outcome::Error:
                return Theme::severityColor(Severity::Error, palette);
            case CallbackResult::Outcome::None:
                break;
            }
            return Theme::severityColor(Severity::Warning, palette);
        };
        const QPalette light = connectlab::test::lightPalette();
        const QPalette dark = connectlab::test::darkPalette();
        QVERIFY(!Theme::isDark(light));
        QVERIFY(Theme::isDark(dark));
        QVERIFY(expected(light) != expected(dark));

        FlowResultView view;
        view.setPalette(light);
        view.showResult(result);
        const QTextDocument *document = child<QTextBrowser>(&view, "flowResult")->document();
        QCOMPARE(colorOf(document, headline), expected(light));
        view.setPalette(dark); // re-rendered on the palette change
        document = child<QTextBrowser>(&view, "flowResult")->document();
        QCOMPARE(colorOf(document, headline), expected(dark));
        view.setPalette(light);
        QCOMPARE(colorOf(child<QTextBrowser>(&view, "flowResult")->document(), headline), expected(light));
    }

    // Both renderings (the Result pane and the page over the browser) use Theme's colours and no other.
    void onlyThemeColors_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void onlyThemeColors()
    {
        QFETCH(bool, dark);
        const QPalette palette = dark ? connectlab::test::darkPalette() : connectlab::test::lightPalette();
        const QStringList allowed{Theme::okColor(palette).name(),
                                  Theme::severityColor(Severity::Error, palette).name(),
                                  Theme::severityColor(Severity::Warning, palette).name()};
        for (const char *query :
             {"code=c&state=s1", "error=access_denied&state=s1", "code=c&state=forged", "state=s1"}) {
            const CallbackResult result = callback(query);
            const QString html = FlowResultHtml::result(result, palette, false) +
                                 FlowResultHtml::caughtPage(result, palette, false) +
                                 FlowResultHtml::caughtPage(result, palette, true) +
                                 FlowResultHtml::failure(QStringLiteral("x"), QStringLiteral("y"), palette);
            const QStringList colors = colorsIn(html);
            QVERIFY(!colors.isEmpty());
            for (const QString &color : colors)
                QVERIFY2(allowed.contains(color),
                         qPrintable(color + QStringLiteral(" in ") + QLatin1String(query)));
        }
    }

    void caughtPage()
    {
        const QPalette palette = connectlab::test::lightPalette();
        const CallbackResult result = callback("error=access_denied&state=forged");
        const QString embedded = FlowResultHtml::caughtPage(result, palette, false);
        QVERIFY(embedded.contains(QStringLiteral("Redirect caught")));
        QVERIFY(embedded.contains(QStringLiteral("http://localhost:8000/callback")));
        QVERIFY(embedded.contains(FlowResultHtml::outcomeTitle(result).toHtmlEscaped()));
        QVERIFY(embedded.contains(QStringLiteral("⚠ State check: mismatch.")));
        QVERIFY(embedded.contains(QStringLiteral("href=\"#run-again\"")));
        QVERIFY(embedded.contains(QStringLiteral("href=\"#last-page\"")));
        const QString system = FlowResultHtml::caughtPage(result, palette, true);
        QVERIFY(system.contains(QStringLiteral("Callback caught on 127.0.0.1")));
        QVERIFY(!system.contains(QStringLiteral("#last-page")));
    }

    // Shown again (a palette change, Reveal code) the text stays where the user scrolled to; a new result
    // starts at its top.
    void scrollKeptWhenShownAgain()
    {
        FlowResultView view;
        view.resize(480, 150);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showResult(
            callback("error=vehicle_incompatible&vin=0SCAUDI0000000001&make=AUDI&model=A4&year=2019"
                     "&state=s1"));
        auto *bar = child<QTextBrowser>(&view, "flowResult")->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 40);
        QCOMPARE(bar->value(), 0);
        for (int i = 0; i < 3; ++i)
            bar->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        const int scrolled = bar->value();
        QVERIFY(scrolled > 0);
        view.setPalette(connectlab::test::darkPalette());
        QTest::qWait(20);
        QCOMPARE(bar->value(), scrolled);
        view.setRevealCode(true);
        QTest::qWait(20);
        QCOMPARE(bar->value(), scrolled);
        view.showResult(callback("error=access_denied&state=s1"));
        QTest::qWait(20);
        QCOMPARE(bar->value(), 0);
    }

    // What preferredHeight asks for is enough to show the whole result without scrolling.
    void preferredHeightFits_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("1280×800's pane") << 580;
        QTest::newRow("1024×640's pane") << 480;
    }

    void preferredHeightFits()
    {
        QFETCH(int, width);
        FlowResultView view;
        view.showResult(callback("error=vehicle_incompatible&error_description=The%20vehicle%20is%20not%20"
                                 "compatible&vin=0SCAUDI0000000001&make=AUDI&model=A4&year=2019&state=s1"));
        const int height = view.preferredHeight(width);
        QVERIFY(height > view.fontMetrics().height() * 8);
        view.resize(width, height);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *text = child<QTextBrowser>(&view, "flowResult");
        QTRY_COMPARE(text->verticalScrollBar()->maximum(), 0);
        QVERIFY(child<QPushButton>(&view, "flowSystemBrowser")->geometry().bottom() <= view.height());
        // And it is not much more than that: shorter by a line, and the text scrolls.
        view.resize(width, height - 2 * view.fontMetrics().height());
        QTRY_VERIFY(text->verticalScrollBar()->maximum() > 0);
    }
};

QTEST_MAIN(TestFlowResultView)
#include "tst_flowresultview.moc"
