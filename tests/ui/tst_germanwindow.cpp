// The window in German (issue 14): the translation `--lang de` installs, the real MainWindow, every tab,
// menu, action, tooltip and dialog that opens without a network; no visible text may still be an English
// source string of connectlab_de.ts, counted words take the right plural form, accelerators stay unique, and
// lrelease finds no unfinished German message.
#include "CompareDialog.h"
#include "ConnectModel.h"
#include "Diagnostic.h"
#include "ExchangePanel.h"
#include "LinkView.h"
#include "MainWindow.h"
#include "SandboxPanel.h"
#include "Translations.h"
#include "UiTestHelpers.h"
#include "UntranslatedText.h"
#include "UrlBuilder.h"
#include "WindowActions.h"
#include "sandbox/SandboxServer.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace connectlab;
using connectlab::testing::child;
namespace t = connectlab::test;

namespace {

const QString tsDir = QStringLiteral(CONNECTLAB_SOURCE_DIR "/resources/translations/");

// The sample link with `extra` appended (query parameters that add errors or warnings).
QString sampleWith(const QString &extra)
{
    return UrlBuilder::build(MainWindow::sampleRequest()) + extra;
}

} // namespace

class tst_GermanWindow : public QObject
{
    Q_OBJECT

    QList<t::TsMessage> m_german;
    std::unique_ptr<t::EnglishSources> m_english;
    QList<t::VisibleText> m_texts; // what the current test collected

    void collect(QWidget *root, const QString &where)
    {
        QList<t::VisibleText> texts;
        t::collectTexts(root, texts);
        for (t::VisibleText &text : texts)
            text.where = where + QStringLiteral(": ") + text.where;
        m_texts << texts;
    }

    // Opens a dialog or popup with `open` (which may block in its own event loop), collects its texts as soon
    // as it shows, and closes it.
    bool collectModal(const QString &where, const std::function<void()> &open,
                      const std::function<void(QWidget *)> &inspect = {})
    {
        bool seen = false;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            QWidget *shown = QApplication::activePopupWidget();
            if (!shown)
                shown = QApplication::activeModalWidget();
            if (!shown || !shown->isVisible() || seen)
                return;
            seen = true;
            poll.stop();
            collect(shown, where);
            m_clashes << t::windowMnemonicClashes(shown);
            if (auto *menu = qobject_cast<QMenu *>(shown))
                m_clashes << t::menuMnemonicClashes(menu->actions(), where);
            if (inspect)
                inspect(shown);
            if (auto *dialog = qobject_cast<QDialog *>(shown))
                dialog->reject();
            else
                shown->close();
        });
        poll.start();
        open();
        return QTest::qWaitFor([&] { return seen; }, 5000);
    }

    // Fails listing every collected text that is still English.
    void verifyGerman()
    {
        const QStringList english = t::englishTexts(*m_english, m_texts);
        QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("\n") + english.join(u'\n')));
        QVERIFY2(m_clashes.isEmpty(),
                 qPrintable(QStringLiteral("accelerators used twice:\n") + m_clashes.join(u'\n')));
    }

    QStringList m_clashes;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        m_german = t::readTs(tsDir + QStringLiteral("connectlab_de.ts"), &error);
        QVERIFY2(!m_german.isEmpty(), qPrintable(error));
        const QList<t::TsMessage> english = t::readTs(tsDir + QStringLiteral("connectlab_en.ts"), &error);
        QVERIFY2(!english.isEmpty(), qPrintable(error));
        m_english = std::make_unique<t::EnglishSources>(m_german, english);
        QVERIFY(m_english->count() > m_german.size() / 2);
        // What `connectlab --lang de` does.
        QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
    }

    void init()
    {
        m_texts.clear();
        m_clashes.clear();
    }

    // The check itself: English shown whole, inside a composed text, with its accelerator or as an English
    // plural form is found; German, and texts the same in both languages, are not.
    void detectorFindsEnglish_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("english");
        QTest::newRow("menu") << QStringLiteral("&Quit") << true;
        QTest::newRow("accelerator moved") << QStringLiteral("Q&uit") << true;
        QTest::newRow("with placeholder") << QStringLiteral("Loaded profile “Work”.") << true;
        QTest::newRow("composed") << QStringLiteral("✗ Connect will refuse this link: 2 Fehler") << true;
        QTest::newRow("english plural") << QStringLiteral("3 warnings") << true;
        QTest::newRow("html") << QStringLiteral("<b>Problems</b> (double-click or Enter to go to the field)")
                              << true;
        QTest::newRow("german") << QStringLiteral("&Beenden") << false;
        QTest::newRow("german composed")
            << QStringLiteral("✗ Connect wird diesen Link ablehnen: 2 Fehler") << false;
        QTest::newRow("same in both") << QStringLiteral("Connect Lab") << false;
        QTest::newRow("data") << QStringLiteral("read_vehicle_info") << false;
    }
    void detectorFindsEnglish()
    {
        QFETCH(QString, text);
        QFETCH(bool, english);
        QCOMPARE(!m_english->englishIn(text).isEmpty(), english);
    }

    // Every German message is translated: finished, two numerus forms, the source's placeholders kept.
    void everyGermanMessageIsFinished()
    {
        static const QRegularExpression placeholder(QStringLiteral("%(\\d+)"));
        QStringList bad;
        for (const t::TsMessage &m : std::as_const(m_german)) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            if (m.unfinished || m.translations.isEmpty() || m.translations.constFirst().isEmpty()) {
                bad << QStringLiteral("unfinished: ") + where;
                continue;
            }
            if (m.numerus && m.translations.size() != 2)
                bad << QStringLiteral("not two plural forms: ") + where;
            QStringList wanted;
            for (auto it = placeholder.globalMatch(m.source); it.hasNext();)
                wanted << it.next().captured();
            wanted.sort();
            for (const QString &form : m.translations) {
                QStringList have;
                for (auto it = placeholder.globalMatch(form); it.hasNext();)
                    have << it.next().captured();
                have.sort();
                if (have != wanted)
                    bad << QStringLiteral("placeholders differ: ") + where + QStringLiteral(" → ") + form;
                if (m.source.contains(QStringLiteral("%n")) && !form.contains(QStringLiteral("%n")))
                    bad << QStringLiteral("no %n: ") + where + QStringLiteral(" → ") + form;
            }
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
    }

    // A translation that repeats its English source is invisible to the window walk, so only names, codes
    // and words German shares may do that. A new one is either a copy to translate or belongs on this list.
    void onlyNamesStayTheSame()
    {
        static const QSet<QString> same{
            QStringLiteral("HTTP %1"),
            QStringLiteral(" (HTTP %1)"),
            QStringLiteral("%1: %2"),
            QStringLiteral("%1 ms"),
            QStringLiteral("Node.js — smartcar"),
            QStringLiteral("Python — smartcar"),
            QStringLiteral("Java — java-sdk"),
            QStringLiteral("Go — go-sdk"),
            QStringLiteral("iOS (Swift) — SmartcarAuth"),
            QStringLiteral("Android (Kotlin) — smartcar-auth"),
            QStringLiteral("Smartcar Connect (connect.smartcar.com)"),
            QStringLiteral("Smartcar &Connect"),
            QStringLiteral("API Authentication (v3)"),
            QStringLiteral("Connect Lab"),
            QStringLiteral("read_vehicle_info read_odometer …"),
            QStringLiteral("Callback:"),
            QStringLiteral("Code:"),
            QStringLiteral("&Code"),
            QStringLiteral("Code"),
            QStringLiteral("State"),
            QStringLiteral("Parameter"),
            QStringLiteral("Flag"),
            QStringLiteral("Link"),
            QStringLiteral("&Link"),
            QStringLiteral("Name"),
            QStringLiteral("&Name:"),
            QStringLiteral("Status"),
            QStringLiteral("Standard"),
            QStringLiteral("Tokens"),
            QStringLiteral("ID"),
            QStringLiteral("VIN"),
            QStringLiteral("URL"),
            QStringLiteral("API Client ID:"),
            QStringLiteral("Signal"),
            QStringLiteral("&Webhooks"),
            QStringLiteral(" ms"),
            QStringLiteral("http://127.0.0.1:8000/webhooks"),
            QStringLiteral("\u2014"),
        };
        QStringList copied;
        for (const t::TsMessage &m : std::as_const(m_german))
            if (m.translations.contains(m.source) && !same.contains(m.source))
                copied << m.context + QStringLiteral(": ") + m.source;
        QVERIFY2(copied.isEmpty(), qPrintable(copied.join(u'\n')));
    }

    void lreleaseFindsNothingUnfinished()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess lrelease;
        lrelease.start(QStringLiteral(CONNECTLAB_LRELEASE),
                       {tsDir + QStringLiteral("connectlab_de.ts"), QStringLiteral("-qm"),
                        dir.filePath(QStringLiteral("de.qm"))});
        QVERIFY(lrelease.waitForFinished(60000));
        const QString out =
            QString::fromUtf8(lrelease.readAllStandardOutput() + lrelease.readAllStandardError());
        QCOMPARE(lrelease.exitCode(), 0);
        static const QRegularExpression summary(QStringLiteral(
            "Generated (\\d+) translation\\(s\\) \\((\\d+) finished and (\\d+) unfinished\\)"));
        const auto m = summary.match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out));
        QCOMPARE(m.captured(3).toInt(), 0);
        QCOMPARE(m.captured(1).toInt(), int(m_german.size()));
    }

    void pluralForms_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("german");
        const QString page = QStringLiteral("connectlab::LinkPage");
        QTest::newRow("1 error") << page << "%n error(s)" << 1 << "1 Fehler";
        QTest::newRow("2 errors") << page << "%n error(s)" << 2 << "2 Fehler";
        QTest::newRow("1 warning") << page << "%n warning(s)" << 1 << "1 Warnung";
        QTest::newRow("2 warnings") << page << "%n warning(s)" << 2 << "2 Warnungen";
        QTest::newRow("1 note") << page << "%n note(s)" << 1 << "1 Hinweis";
        QTest::newRow("0 notes") << page << "%n note(s)" << 0 << "0 Hinweise";
        const QString picker = QStringLiteral("connectlab::ScopePicker");
        QTest::newRow("1 permission")
            << picker << "Asking for %n permission(s)" << 1 << "1 Berechtigung angefordert";
        QTest::newRow("5 permissions")
            << picker << "Asking for %n permission(s)" << 5 << "5 Berechtigungen angefordert";
        const QString compare = QStringLiteral("connectlab::CompareDialog");
        QTest::newRow("1 difference") << compare << "✗ %n difference(s): the links do not mean the same." << 1
                                      << "✗ 1 Unterschied: Die Links bedeuten nicht dasselbe.";
        QTest::newRow("2 differences") << compare << "✗ %n difference(s): the links do not mean the same."
                                       << 2 << "✗ 2 Unterschiede: Die Links bedeuten nicht dasselbe.";
    }
    void pluralForms()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(int, n);
        QFETCH(QString, german);
        QCOMPARE(QCoreApplication::translate(qPrintable(context), qPrintable(source), nullptr, n), german);
    }

    // The verdict above the link counts in German, as the window shows it: "1 Fehler", "2 Fehler", "1
    // Warnung".
    void windowCountsInGerman_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("1 error") << sampleWith(QStringLiteral("&mode=bogus"))
                                 << QStringLiteral("✗ Connect wird diesen Link ablehnen: 1 Fehler");
        QTest::newRow("2 errors") << sampleWith(QStringLiteral("&mode=bogus&approval_prompt=bogus"))
                                  << QStringLiteral("✗ Connect wird diesen Link ablehnen: 2 Fehler");
        QTest::newRow("valid") << sampleWith(QString()) << QStringLiteral("✓ Gültiger Link");
    }
    void windowCountsInGerman()
    {
        QFETCH(QString, link);
        QFETCH(QString, verdict);
        MainWindow w(MainWindow::Options{false, false});
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.importText(link));
        int warnings = 0;
        int notes = 0;
        for (const Diagnostic &d : w.model()->diagnostics()) {
            warnings += d.severity == Severity::Warning;
            notes += d.severity == Severity::Info;
        }
        const QString status = t::plainText(child<QLabel>(&w, "linkStatus")->text());
        QVERIFY2(status.startsWith(verdict), qPrintable(status));
        if (warnings)
            QVERIFY2(
                status.contains(QString::number(warnings) +
                                (warnings == 1 ? QStringLiteral(" Warnung") : QStringLiteral(" Warnungen"))),
                qPrintable(status));
        if (notes)
            QVERIFY2(status.contains(QString::number(notes) +
                                     (notes == 1 ? QStringLiteral(" Hinweis") : QStringLiteral(" Hinweise"))),
                     qPrintable(status));
        QVERIFY2(!status.contains(QStringLiteral("(s)")) && !status.contains(QStringLiteral("(e)")),
                 qPrintable(status));
    }

    // Typing permissions into the scope picker's summary: one, then two.
    void scopeSummaryCountsInGerman()
    {
        MainWindow w(MainWindow::Options{false, false});
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.importText(sampleWith(QString()).replace(QRegularExpression(QStringLiteral("scope=[^&]*")),
                                                           QStringLiteral("scope=read_odometer"))));
        auto *summary = child<QLabel>(&w, "scopeSummary");
        QVERIFY2(summary->text().startsWith(QStringLiteral("1 Berechtigung angefordert")),
                 qPrintable(summary->text()));
        QVERIFY(
            w.importText(sampleWith(QString()).replace(QRegularExpression(QStringLiteral("scope=[^&]*")),
                                                       QStringLiteral("scope=read_odometer%20read_vin"))));
        QVERIFY2(summary->text().startsWith(QStringLiteral("2 Berechtigungen angefordert")),
                 qPrintable(summary->text()));
    }

    // Every tab (Link, History, Code, Sandbox, Tokens), the menus, the tool bar and the banners.
    void tabsAndMenusAreGerman()
    {
        MainWindow w(MainWindow::Options{false, false});
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(w.sandboxPanel());
        w.showExchange();
        // A link with errors, warnings and notes, so the problems list and the decoded table fill; a banner.
        QVERIFY(w.importText(
            QStringLiteral(
                "http://127.0.0.1:%1/oauth/authorize?response_type=code&client_id=8229df9f-91a0-4ff0-"
                "a1ae-a1f38ee24d07&redirect_uri=http%3A%2F%2Flocalhost%3A8000%2Fcallback&scope="
                "read_odometr%20read_vin&state=abc&mode=simulated&single_select_vin=1HGCM82643A00435"
                "&make=TESALA&external_id=x&flags=country:XX%20foo&unknown_thing=1")
                .arg(w.sandboxServer()->baseUrl().port())));
        w.copyLink();                                                // a History row
        QVERIFY(!w.importText(QStringLiteral("not a link at all"))); // an error banner
        auto *tabs = child<QTabWidget>(&w, "sideTabs");
        QVERIFY(tabs);
        QVERIFY(tabs->count() >= 5);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(20);
            const QString tab = t::plainText(tabs->tabText(i));
            collect(&w, QStringLiteral("tab ") + tab);
            m_clashes << t::windowMnemonicClashes(&w);
        }
        m_clashes << t::menuMnemonicClashes(w.menuBar()->actions(), QStringLiteral("menu bar"));
        m_clashes.removeDuplicates();
        verifyGerman();
    }

    void runWithoutWebEngineSaysSoInGerman()
    {
        MainWindow w(MainWindow::Options{false, false});
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.run();
        collect(&w, QStringLiteral("after Run"));
        verifyGerman();
    }

    void dialogsAreGerman()
    {
        MainWindow w(MainWindow::Options{false, false});
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(w.sandboxPanel());
        QVERIFY(w.saveProfile(QStringLiteral("Arbeit")));
        WindowActions *actions = w.actions();

        QVERIFY(collectModal(QStringLiteral("About"),
                             [&] { actions->get(QStringLiteral("aboutAction"))->trigger(); }));
        QVERIFY(collectModal(QStringLiteral("Import"),
                             [&] { actions->get(QStringLiteral("importAction"))->trigger(); }));
        QVERIFY(collectModal(QStringLiteral("Save profile"),
                             [&] { actions->get(QStringLiteral("saveProfileAction"))->trigger(); }));
        QVERIFY(collectModal(QStringLiteral("Open profile file"),
                             [&] { actions->get(QStringLiteral("openProfileAction"))->trigger(); }));
        QVERIFY(collectModal(QStringLiteral("Export profile file"),
                             [&] { actions->get(QStringLiteral("exportProfileAction"))->trigger(); }));

        // Manage profiles, and its rename and delete questions.
        actions->get(QStringLiteral("manageProfilesAction"))->trigger();
        QDialog *profiles = nullptr;
        QTRY_VERIFY((profiles = w.findChild<QDialog *>(QStringLiteral("profilesDialog"))) &&
                    profiles->isVisible());
        auto *list = child<QListWidget>(profiles, "profilesList");
        QVERIFY(list->count() >= 1);
        list->setCurrentRow(0);
        collect(profiles, QStringLiteral("Manage profiles"));
        m_clashes << t::windowMnemonicClashes(profiles);
        QVERIFY(collectModal(QStringLiteral("Rename profile"),
                             [&] { child<QPushButton>(profiles, "profilesRenameButton")->click(); }));
        QVERIFY(collectModal(QStringLiteral("Delete profile"),
                             [&] { child<QPushButton>(profiles, "profilesDeleteButton")->click(); }));
        profiles->close();

        // Compare links, with two links that differ, so the table and the summary fill.
        actions->get(QStringLiteral("compareLinksAction"))->trigger();
        QWidget *compare = nullptr;
        QTRY_VERIFY((compare = w.findChild<CompareDialog *>()) && compare->isVisible());
        child<QPushButton>(compare, "compareUseCurrentButton")->click();
        child<QPlainTextEdit>(compare, "compareRightEdit")
            ->setPlainText(sampleWith(QStringLiteral("&mode=live&approval_prompt=auto&make=TESLA")));
        QTest::qWait(50);
        const QString summary = child<QLabel>(compare, "compareSummaryLabel")->text();
        QVERIFY2(summary.contains(QStringLiteral("Unterschiede")), qPrintable(summary));
        collect(compare, QStringLiteral("Compare links"));
        m_clashes << t::windowMnemonicClashes(compare);
        compare->close();

        actions->get(QStringLiteral("qrCodeAction"))->trigger();
        QWidget *qr = nullptr;
        QTRY_VERIFY((qr = w.findChild<QDialog *>(QStringLiteral("qrDialog"))) && qr->isVisible());
        collect(qr, QStringLiteral("QR code"));
        m_clashes << t::windowMnemonicClashes(qr);
        qr->close();

        // The link's context menu.
        LinkView *link = w.linkView();
        QVERIFY(collectModal(QStringLiteral("Link context menu"), [&] {
            QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(5, 5), link->mapToGlobal(QPoint(5, 5)));
            QApplication::sendEvent(link->viewport(), &event);
        }));

        // The sandbox's app dialog, once with an error (an empty client id), and editing the demo app.
        SandboxPanel *panel = w.sandboxPanel();
        QVERIFY(collectModal(
            QStringLiteral("Register a sandbox app"),
            [&] { child<QPushButton>(panel, "sandboxAddButton")->click(); },
            [&](QWidget *dialog) {
                auto *id = child<QLineEdit>(dialog, "sandboxAppClientIdEdit");
                id->setFocus();
                id->selectAll();
                QTest::keyClick(id, Qt::Key_Backspace);
                child<QPushButton>(dialog, "sandboxAppOkButton")->click();
                auto *error = child<QLabel>(dialog, "sandboxAppError");
                QVERIFY(error->isVisible());
                collect(dialog, QStringLiteral("Register a sandbox app, refused"));
            }));
        auto *apps = panel->findChild<QAbstractItemView *>(QStringLiteral("sandboxAppsTable"));
        QVERIFY(apps);
        apps->setCurrentIndex(apps->model()->index(0, 0));
        QVERIFY(collectModal(QStringLiteral("Edit sandbox app"),
                             [&] { child<QPushButton>(panel, "sandboxEditButton")->click(); }));

        m_clashes.removeDuplicates();
        verifyGerman();
    }
};

QTEST_MAIN(tst_GermanWindow)
#include "tst_germanwindow.moc"
