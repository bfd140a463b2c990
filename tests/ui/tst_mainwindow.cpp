// MainWindow: the whole composer. Import/export round trip, paste and drop, every copy form, the QR code,
// profiles and the session, undo/redo, diagnostics activation, Run through a fake FlowRunner, and the
// Tokens tab that a caught code opens (wiring, re-authentication, the sandbox demo secret).
#include "Banner.h"
#include "ConnectModel.h"
#include "DiagnosticsView.h"
#include "ExchangePanel.h"
#include "FieldDecorator.h"
#include "FlowRunner.h"
#include "HistoryStore.h"
#include "LinkFormats.h"
#include "LinkView.h"
#include "MainWindow.h"
#include "ParameterTable.h"
#include "ProfileStore.h"
#include "ProfilesDialog.h"
#include "QrCodeDialog.h"
#include "Theme.h"
#include "Translations.h"
#include "UiTestHelpers.h"
#include "UrlParser.h"
#include "sandbox/SandboxServer.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialog>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrlQuery>

using namespace connectlab;
using connectlab::testing::child;
using connectlab::testing::retype;

namespace {

const QString sdkLinks[] = {
    QStringLiteral(
        "https://connect.smartcar.com/oauth/authorize?response_type=code&client_id=4cf82729-4275-46d9-"
        "9255-8437ba777151&approval_prompt=force&redirect_uri=https%3A%2F%2Finsurance.co%2Fcallback&scope="
        "read_odometer%20read_vehicle_info&state=fakestate&mode=live"),
    QStringLiteral(
        "https://connect.smartcar.com/oauth/authorize?application_id=ID&response_type=code&mode=simulated"
        "&sdk_platform=iOS&sdk_version=6.4.0&redirect_uri=scTesting://exchange&scope=read_vehicle_info%"
        "20read_odometer&state=S&approval_prompt=force&make=TESLA&single_select=true&single_select_vin="
        "12345678901234567&flags=country:DE%20flag:suboption&user=a60d61bb-3f7b-49bd-b7ec-bf1d87db0e47"),
    QStringLiteral(
        "https://connect.smartcar.com/oauth/authorize?approval_prompt=force&client_id=client-id&flags="
        "country%3ADE&make=TESLA&redirect_uri=https%3A%2F%2Fexample.com&response_type=code&scope="
        "read_odometer+read_vin&single_select=true&single_select_vin=123456789901234567&state=state"),
};

QString originOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toString(QUrl::StripTrailingSlash);
}

class FakeFlowRunner : public FlowRunner
{
public:
    using FlowRunner::FlowRunner;
    void run(const QUrl &url, const QUrl &redirectUri, const QString &sentState) override
    {
        runs.append({url, redirectUri, sentState});
        Q_EMIT launched(url);
        Q_EMIT finished(true, QStringLiteral("code received, state matches"),
                        QUrl(QStringLiteral("http://localhost:8000/callback?code=SECRET-CODE")));
    }
    void stop() override
    {
        ++stops;
        setWaiting(false);
    }
    bool isWaiting() const override { return waiting; }
    void setWaiting(bool on)
    {
        waiting = on;
        Q_EMIT waitingChanged(on);
    }
    void askToRunAgain() { Q_EMIT runAgainRequested(); }
    bool waiting = false;

    struct Run
    {
        QUrl url;
        QUrl redirectUri;
        QString state;
    };
    QList<Run> runs;
    int stops = 0;
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QDir(ProfileStore::defaultDirectory()).removeRecursively();
        QDir(ProfileStore::defaultStateDirectory()).removeRecursively();
    }

    void firstStartIsAValidSampleOnTheSandbox()
    {
        MainWindow w;
        QVERIFY(w.sandboxServer());
        QVERIFY(w.sandboxServer()->isListening());
        QCOMPARE(w.model()->baseUrl(), w.sandboxServer()->baseUrl().toString(QUrl::StripTrailingSlash));
        QCOMPARE(w.model()->clientId(), QString::fromLatin1(sandbox::SandboxConfig::DemoClientId));
        QCOMPARE(w.model()->redirectUri(), QString::fromLatin1(sandbox::SandboxConfig::DemoRedirectUri));
        QCOMPARE(w.model()->mode(), QStringLiteral("simulated"));
        QVERIFY(w.model()->state().size() >= 22);
        QVERIFY(!w.model()->permissions().isEmpty());
        QVERIFY(w.model()->isValid());
        QCOMPARE(w.linkView()->link(), w.model()->url());
        QVERIFY(w.model()->url().startsWith(QStringLiteral("http://127.0.0.1:")));
        QCOMPARE(w.undoStack()->count(), 0);
        QVERIFY(!w.flowRunner()); // no flow panel (and no WebEngine) before Run
    }

    void typingShowsInLinkAndDiagnostics()
    {
        MainWindow w;
        w.show();
        retype(child<QWidget>(&w, "stateEdit"), QStringLiteral("abc"));
        QCOMPARE(w.model()->state(), QStringLiteral("abc"));
        QVERIFY(w.linkView()->link().contains(QStringLiteral("&state=abc&")));
        QCOMPARE(FieldDecorator::severityOf(child<QWidget>(&w, "stateEdit")), QStringLiteral("warning"));
        QCOMPARE(w.parameterTable()->valueOf(QStringLiteral("state")), QStringLiteral("abc"));
        bool listed = false;
        for (int i = 0; i < w.diagnosticsView()->count(); ++i) {
            const QListWidgetItem *item = w.diagnosticsView()->item(i);
            listed =
                listed || (item->data(DiagnosticsView::FieldRole).toString() == QLatin1String("state") &&
                           item->data(DiagnosticsView::SeverityRole).toString() == QLatin1String("warning"));
        }
        QVERIFY(listed);
        QCOMPARE(child<QWidget>(&w, "linkStatus")->property("severity").toString(),
                 QStringLiteral("warning"));
    }

    void importThenExportLosesNothing_data()
    {
        QTest::addColumn<QString>("link");
        for (const QString &link : sdkLinks)
            QTest::newRow(qPrintable(link.mid(60, 30))) << link;
    }

    void importThenExportLosesNothing()
    {
        QFETCH(QString, link);
        MainWindow w;
        QVERIFY(w.importText(link));
        QCOMPARE(w.model()->baseUrl(), QStringLiteral("https://connect.smartcar.com"));
        QCOMPARE(w.document()->target(), LinkDocument::Target::Connect);
        QCOMPARE(w.banner()->property("severity").toString() != QLatin1String("none"), true);
        // Same parameters, same values, whatever the order or encoding the SDK used.
        QList<Parameter> in = UrlParser::parse(link).parameters;
        QList<Parameter> out = UrlParser::parse(w.model()->url()).parameters;
        const auto has = [](const QList<Parameter> &ps, const char *name) {
            return std::any_of(ps.cbegin(), ps.cend(),
                               [name](const Parameter &p) { return p.name == QLatin1String(name); });
        };
        // What the builder adds when the link left it out: client_id (read from application_id), and
        // approval_prompt and mode, which the official SDKs always write, with their defaults.
        if (!has(in, "client_id"))
            out.removeIf([](const Parameter &p) { return p.name == QLatin1String("client_id"); });
        if (!has(in, "mode"))
            QVERIFY(out.removeOne(Parameter{QStringLiteral("mode"), QStringLiteral("live")}));
        if (!has(in, "approval_prompt"))
            QVERIFY(out.removeOne(Parameter{QStringLiteral("approval_prompt"), QStringLiteral("auto")}));
        const auto byName = [](const Parameter &a, const Parameter &b) {
            return a.name == b.name ? a.value < b.value : a.name < b.name;
        };
        std::sort(in.begin(), in.end(), byName);
        std::sort(out.begin(), out.end(), byName);
        QCOMPARE(out, in);
        // And back: export, import again, same request.
        const ConnectRequest first = w.model()->request();
        QVERIFY(w.importText(w.model()->url()));
        QCOMPARE(w.model()->request(), first);
    }

    void badInputShowsABannerAndChangesNothing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("prose") << "hello, this is not a link";
        QTest::newRow("other site") << "https://example.com/page?q=1";
    }

    void badInputShowsABannerAndChangesNothing()
    {
        QFETCH(QString, text);
        MainWindow w;
        const ConnectRequest before = w.model()->request();
        QVERIFY(!w.importText(text));
        QCOMPARE(w.model()->request(), before);
        QCOMPARE(w.banner()->property("severity").toString(), QStringLiteral("error"));
        QVERIFY(!w.banner()->isHidden());
        QCOMPARE(w.undoStack()->count(), 0);
    }

    void ctrlVOutsideATextFieldImports()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QGuiApplication::clipboard()->setText(sdkLinks[0]);
        // In a text field Ctrl+V pastes into the field ...
        auto *user = child<QLineEdit>(&w, "userEdit");
        user->setFocus();
        QTest::keyClick(user, Qt::Key_V, Qt::ControlModifier);
        QVERIFY(user->text().startsWith(QStringLiteral("https://")));
        QCOMPARE(w.model()->clientId(), QString::fromLatin1(sandbox::SandboxConfig::DemoClientId));
        // ... elsewhere it imports the link.
        w.diagnosticsView()->setFocus();
        QTest::keyClick(w.diagnosticsView(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(w.model()->clientId(), QStringLiteral("4cf82729-4275-46d9-9255-8437ba777151"));
        QCOMPARE(w.model()->state(), QStringLiteral("fakestate"));
    }

    void dropImports()
    {
        MainWindow w;
        w.show();
        QMimeData mime;
        mime.setText(sdkLinks[2]);
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QCOMPARE(w.model()->clientId(), QStringLiteral("client-id"));
        QCOMPARE(w.model()->singleSelectVin(), QStringLiteral("123456789901234567"));
    }

    void everyCopyForm()
    {
        MainWindow w;
        const QString url = w.model()->url();
        w.findChild<QAction *>(QStringLiteral("copyLinkAction"))->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), url);
        w.findChild<QAction *>(QStringLiteral("copyMarkdownAction"))->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("[Connect your vehicle](") + url + QLatin1Char(')'));
        w.findChild<QAction *>(QStringLiteral("copyHtmlAction"))->trigger();
        QString escaped = url;
        escaped.replace(QLatin1Char('&'), QStringLiteral("&amp;"));
        const QString html =
            QStringLiteral("<a href=\"") + escaped + QStringLiteral("\">Connect your vehicle</a>");
        QCOMPARE(QGuiApplication::clipboard()->mimeData()->html(), html);
        QCOMPARE(QGuiApplication::clipboard()->text(), html);
        QCOMPARE(w.history()->entries().size(), 3);
        QCOMPARE(w.history()->entries().constLast().kind, QStringLiteral("copied"));
        QCOMPARE(w.history()->entries().constLast().url, url);
    }

    void qrCode()
    {
        MainWindow w;
        QrCodeDialog *dialog = w.showQrCode();
        QVERIFY(dialog);
        QCOMPARE(dialog->link(), w.model()->url());
        QVERIFY(!dialog->image().isNull());
        const int side = dialog->code().size();
        QVERIFY(side >= 21);
        QCOMPARE(dialog->image().width(), dialog->image().height());
        QCOMPARE(dialog->image().width() % (side + 8), 0);
        dialog->copyImage();
        QCOMPARE(QGuiApplication::clipboard()->image().size(), dialog->image().size());
        QTemporaryDir dir;
        QVERIFY(dialog->savePng(dir.filePath(QStringLiteral("q.png"))));
        QVERIFY(dialog->saveSvg(dir.filePath(QStringLiteral("q.svg"))));
        QImage png(dir.filePath(QStringLiteral("q.png")));
        QCOMPARE(png.size(), dialog->image().size());
        dialog->close();
    }

    void profilesSaveAndLoad()
    {
        MainWindow w;
        w.show();
        retype(child<QWidget>(&w, "stateEdit"), QStringLiteral("profile-state-1"));
        QVERIFY(w.saveProfile(QStringLiteral("My test app")));
        QVERIFY(w.profiles()->names().contains(QStringLiteral("My test app")));
        QVERIFY(QFile::exists(ProfileStore::defaultDirectory() + QStringLiteral("/my-test-app.json")));
        retype(child<QWidget>(&w, "stateEdit"), QStringLiteral("changed"));
        QVERIFY(w.loadProfile(QStringLiteral("My test app")));
        QCOMPARE(w.model()->state(), QStringLiteral("profile-state-1"));
        QCOMPARE(child<QLineEdit>(&w, "stateEdit")->text(), QStringLiteral("profile-state-1"));

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("exported.json"));
        QVERIFY(w.saveProfileFile(file, QStringLiteral("exported")));
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QVERIFY(!exported.readAll().toLower().contains("secret"));
        MainWindow::Options fresh;
        fresh.restoreSession = false;
        fresh.persist = false;
        MainWindow other(fresh);
        QVERIFY(other.loadProfileFile(file));
        QCOMPARE(other.model()->state(), QStringLiteral("profile-state-1"));
        QVERIFY(!other.loadProfileFile(dir.filePath(QStringLiteral("missing.json"))));
        QCOMPARE(other.banner()->property("severity").toString(), QStringLiteral("error"));
    }

    void sessionComesBack()
    {
        {
            MainWindow w;
            w.show();
            retype(child<QWidget>(&w, "stateEdit"), QStringLiteral("session-state-42"));
            w.findChild<QAction *>(QStringLiteral("targetConnectAction"))->trigger();
            w.close(); // saves the session
        }
        MainWindow again;
        QCOMPARE(again.model()->state(), QStringLiteral("session-state-42"));
        QCOMPARE(again.document()->target(), LinkDocument::Target::Connect);
        QCOMPARE(again.model()->baseUrl(), QStringLiteral("https://connect.smartcar.com"));
        QCOMPARE(again.undoStack()->count(), 0);
    }

    void undoRedoEveryEdit()
    {
        MainWindow w;
        w.show();
        const ConnectRequest start = w.model()->request();
        retype(child<QWidget>(&w, "clientIdEdit"), QStringLiteral("abc"));
        QVERIFY(w.importText(sdkLinks[1]));
        QCOMPARE(w.undoStack()->count(), 2);
        QAction *undo = w.findChild<QAction *>(QStringLiteral("undoAction"));
        QAction *redo = w.findChild<QAction *>(QStringLiteral("redoAction"));
        undo->trigger();
        QCOMPARE(w.model()->clientId(), QStringLiteral("abc"));
        undo->trigger();
        ConnectRequest expected = start;
        expected.baseUrl = w.model()->baseUrl(); // the target changed with the import; it is not an edit
        QCOMPARE(w.model()->request(), expected);
        QCOMPARE(child<QLineEdit>(&w, "clientIdEdit")->text(), start.clientId);
        redo->trigger();
        redo->trigger();
        QCOMPARE(w.model()->clientId(), QStringLiteral("ID"));
        QVERIFY(undo->shortcuts().contains(QKeySequence(QKeySequence::Undo)));
    }

    // One undo history from the keyboard, in any field, in the order of the edits (issue 12, item 1).
    void ctrlZInATextFieldUndoesTheWindowsEdits()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        auto *clientId = child<QLineEdit>(&w, "clientIdEdit");
        auto *state = child<QLineEdit>(&w, "stateEdit");
        const QString startId = clientId->text();
        const QString startState = state->text();
        // A permission edit first (the sample asks for three), then XX in Client ID, then YY in State.
        QCOMPARE(w.model()->scope().size(), 3);
        w.document()->edit(QStringLiteral("perm"), QString(),
                           [&] { w.model()->setScope({QStringLiteral("read_vin")}); });
        clientId->setFocus();
        clientId->end(false);
        QTest::keyClicks(clientId, QStringLiteral("XX"));
        state->setFocus();
        state->end(false);
        QTest::keyClicks(state, QStringLiteral("YY"));
        QCOMPARE(w.undoStack()->count(), 3);

        QTest::keySequence(state, QKeySequence::Undo);
        QCOMPARE(w.model()->state(), startState);
        QCOMPARE(state->text(), startState);
        QTest::keySequence(state, QKeySequence::Undo);
        QCOMPARE(w.model()->clientId(), startId);
        QCOMPARE(clientId->text(), startId);
        QTest::keySequence(state, QKeySequence::Undo);
        QCOMPARE(w.model()->scope().size(), 3);
        auto *redo = w.findChild<QAction *>(QStringLiteral("redoAction"));
        QVERIFY(redo->isEnabled());
        // Redo from another field, in the same order.
        QTest::keySequence(clientId, QKeySequence::Redo);
        QCOMPARE(w.model()->scope(), QStringList{QStringLiteral("read_vin")});
        QTest::keySequence(clientId, QKeySequence::Redo);
        QCOMPARE(w.model()->clientId(), startId + QStringLiteral("XX"));
        QCOMPARE(w.undoStack()->index(), 2);

        // Right after an import, Ctrl+Z in the field the banner points at brings the previous link back, and
        // all of it: "new state every run" and the banner too (issue 12, item 7).
        const ConnectRequest before = w.model()->request();
        QVERIFY(w.document()->newStateEveryRun());
        QVERIFY(w.importText(QStringLiteral("response_type=code&client_id=imported&state=imported-state")));
        QVERIFY(!w.document()->newStateEveryRun());
        QVERIFY(w.banner()->isVisibleTo(&w));
        clientId->setFocus();
        QTest::keySequence(clientId, QKeySequence::Undo);
        QCOMPARE(w.model()->clientId(), before.clientId);
        QCOMPARE(w.model()->state(), before.state);
        QVERIFY(w.document()->newStateEveryRun());
        QVERIFY(child<QCheckBox>(&w, "newStateEveryRunCheck")->isChecked());
        QVERIFY(!w.banner()->isVisibleTo(&w));
    }

    // A redirect URI the sandbox does not know is flagged before a run, with a way to register it (issue 12).
    void unregisteredRedirectIsFlaggedAndCanBeRegistered()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString uri = QStringLiteral("https://myapp.example.com/callback");
        retype(child<QWidget>(&w, "redirectUriEdit"), uri);
        QVERIFY(!w.model()->isValid());
        QCOMPARE(FieldDecorator::severityOf(child<QWidget>(&w, "redirectUriEdit")), QStringLiteral("error"));
        auto *reg = child<QPushButton>(&w, "registerInTargetButton");
        QVERIFY(reg->isVisible());
        QTest::mouseClick(reg, Qt::LeftButton);
        QVERIFY(w.sandboxServer()->config().app(w.model()->clientId())->redirectUris.contains(uri));
        QVERIFY(w.model()->isValid());
        QVERIFY(!reg->isVisible());
        // Smartcar Connect's registrations are on the Dashboard: nothing is claimed there.
        retype(child<QWidget>(&w, "redirectUriEdit"), QStringLiteral("https://other.example.com/cb"));
        QVERIFY(!w.model()->isValid());
        w.setTarget(LinkDocument::Target::Connect);
        QVERIFY(w.model()->isValid());
    }

    // At 1024×640 and 1280×800, light and dark (issue 12, item 10): the window keeps its size, the verdict
    // reads on one or two lines with real plurals, the whole link can be scrolled to, and Problems shows
    // several entries.
    void fitsSmallAndLargeWindows_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("dark");
        for (const QSize size : {QSize(1024, 640), QSize(1280, 800)})
            for (bool dark : {false, true})
                QTest::addRow("%dx%d %s", size.width(), size.height(), dark ? "dark" : "light")
                    << size << dark;
    }

    void fitsSmallAndLargeWindows()
    {
        QFETCH(QSize, size);
        QFETCH(bool, dark);
        Translations::install(QStringLiteral("en"));
        MainWindow w;
        w.setPalette(dark ? Theme::darkPalette() : Theme::lightPalette());
        w.resize(size);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // A link with an error, warnings and notes, and a long state so the link needs scrolling.
        QVERIFY(w.importText(
            QStringLiteral(
                "http://127.0.0.1:47813/oauth/authorize?response_type=code&client_id=8229df9f-91a0-4ff0-a1ae-"
                "a1f38ee24d07&redirect_uri=http%3A%2F%2Flocalhost%3A8000%2Fcallback&scope=read_odometr%"
                "20read_vin"
                "&state=abc&mode=simulated&single_select_vin=1HGCM82643A004352&make=TESALA&external_id=") +
            QString(400, QLatin1Char('x'))));
        // The link points at the sandbox: its tab comes once the sandbox listens, and the window keeps its size.
        QTRY_VERIFY(w.sandboxPanel() != nullptr);
        QTest::qWait(50);
        QCOMPARE(w.size(), size);

        auto *status = child<QLabel>(&w, "linkStatus");
        QVERIFY2(status->text().contains(QStringLiteral("1 error,")), qPrintable(status->text()));
        QVERIFY(!status->text().contains(QStringLiteral("(s)")));
        QVERIFY2(status->height() <= 2.5 * status->fontMetrics().height(),
                 "the verdict wraps to more than two lines");

        LinkView *link = w.linkView();
        QVERIFY(link->height() >= 3 * link->fontMetrics().height());
        QVERIFY2(link->verticalScrollBar()->maximum() > 0, "the rest of the link cannot be scrolled to");
        link->verticalScrollBar()->setValue(link->verticalScrollBar()->maximum());

        DiagnosticsView *problems = w.diagnosticsView();
        QVERIFY(problems->count() >= 5);
        int fullyVisible = 0;
        for (int i = 0; i < problems->count(); ++i)
            if (problems->viewport()->rect().contains(problems->visualItemRect(problems->item(i))))
                ++fullyVisible;
        QVERIFY2(fullyVisible >= 2, qPrintable(QString::number(fullyVisible)));
    }

    // Every part of the window is reached with Tab, in reading order: the permission list before its Add
    // button, and on to the generated link (issue 12, item 13).
    void tabReachesEveryPartInOrder()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        child<QWidget>(&w, "targetCombo")->setFocus();
        QStringList order;
        for (int i = 0; i < 80; ++i) {
            QWidget *f = QApplication::focusWidget();
            QVERIFY(f);
            QString name = f->objectName();
            if (name.isEmpty() && f->parentWidget())
                name = f->parentWidget()->objectName();
            if (!order.isEmpty() && name == u"targetCombo")
                break; // once round the window
            if (order.isEmpty() || order.constLast() != name)
                order << name;
            QTest::keyClick(f, Qt::Key_Tab);
        }
        // In reading order, once round the window (other widgets may sit between).
        const QStringList expected = {"targetCombo",
                                      "clientIdEdit",
                                      "redirectUriEdit",
                                      "responseTypeCombo",
                                      "scopeSearch",
                                      "scopeTickedOnlyCheck",
                                      "scopeTree",
                                      "scopeCustomEdit",
                                      "scopeAddButton",
                                      "stateEdit",
                                      "approvalPromptCombo",
                                      "modeCombo",
                                      "makeCombo",
                                      "vinEdit",
                                      "countryCombo",
                                      "userEdit",
                                      "externalIdEdit",
                                      "accountSyncCheck",
                                      "flagsTableView",
                                      "extrasTableView",
                                      "copyLinkActionButton",
                                      "linkView",
                                      "parameterTable",
                                      "diagnosticsList"};
        qsizetype found = 0;
        for (const QString &name : std::as_const(order))
            if (found < expected.size() && name == expected.at(found))
                ++found;
        QVERIFY2(
            found == expected.size(),
            qPrintable(
                QStringLiteral("stopped before %1 in: %2").arg(expected.value(found), order.join(u' '))));
    }

    // The Import dialog works from the keyboard: Return imports, Tab leaves the text box (issue 12, item 13).
    void importDialogWorksFromTheKeyboard()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QGuiApplication::clipboard()->clear();
        w.findChild<QAction *>(QStringLiteral("importAction"))->trigger();
        auto *dialog = w.findChild<QDialog *>(QStringLiteral("importDialog"));
        QVERIFY(dialog);
        auto *text = child<QPlainTextEdit>(dialog, "importText");
        QTRY_VERIFY(text->hasFocus());
        QTest::keyClicks(text, QStringLiteral("response_type=code&client_id=typed-in&state=keyboard-1"));
        QTest::keyClick(text, Qt::Key_Tab);
        QVERIFY(!text->hasFocus());
        QVERIFY(text->toPlainText().endsWith(QStringLiteral("keyboard-1"))); // Tab typed nothing
        text->setFocus();
        QTest::keyClick(text, Qt::Key_Return);
        QTRY_COMPARE(w.model()->clientId(), QStringLiteral("typed-in"));
        QCOMPARE(w.model()->state(), QStringLiteral("keyboard-1"));
    }

    // Profiles can be renamed and deleted in the app; a rename never overwrites another profile.
    void profilesCanBeRenamedAndDeleted()
    {
        MainWindow w;
        QVERIFY(w.saveProfile(QStringLiteral("First")));
        QVERIFY(w.saveProfile(QStringLiteral("Second")));
        ProfilesDialog *dialog = w.manageProfiles();
        QCOMPARE(dialog->list()->count(), 2);
        dialog->list()->setCurrentRow(0);
        QVERIFY(!dialog->renameSelected(QStringLiteral("Second"))); // taken: nothing changes
        QCOMPARE(w.profiles()->names(), (QStringList{QStringLiteral("First"), QStringLiteral("Second")}));
        QVERIFY(child<QLabel>(dialog, "profilesMessage")->text().contains(QStringLiteral("already")));
        QVERIFY(dialog->renameSelected(QStringLiteral("Renamed")));
        QCOMPARE(w.profiles()->names(), (QStringList{QStringLiteral("Renamed"), QStringLiteral("Second")}));
        // The File → Load profile menu follows.
        QStringList menuNames;
        for (QAction *a : w.findChild<QMenu *>(QStringLiteral("profileMenu"))->actions())
            menuNames << a->text();
        QVERIFY(menuNames.contains(QStringLiteral("Renamed")));
        dialog->list()->setCurrentRow(int(w.profiles()->names().indexOf(QStringLiteral("Second"))));
        QVERIFY(!dialog->deleteSelected(false)); // not confirmed
        QVERIFY(dialog->deleteSelected(true));
        QCOMPARE(w.profiles()->names(), QStringList{QStringLiteral("Renamed")});
        dialog->close();
    }

    void activatingADiagnosticFocusesItsField()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        retype(child<QWidget>(&w, "stateEdit"), QStringLiteral("abc"));
        child<QLineEdit>(&w, "clientIdEdit")->setFocus();
        DiagnosticsView *list = w.diagnosticsView();
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(DiagnosticsView::FieldRole).toString() == QLatin1String("state"))
                list->setCurrentRow(i);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(&w, "stateEdit"));
    }

    // An imported link is what is under test: Run sends its own state (or none), not a fresh one.
    void importedLinkRunsWithItsOwnState()
    {
        MainWindow w;
        FakeFlowRunner *fake = nullptr;
        w.setFlowRunnerFactory([&](QWidget *parent) { return fake = new FakeFlowRunner(parent); });
        QVERIFY(w.document()->newStateEveryRun());
        QVERIFY(w.importText(QStringLiteral("https://connect.smartcar.com/oauth/authorize?response_type=code"
                                            "&client_id=abc&state=imported-state-123&mode=simulated")));
        QVERIFY(!w.document()->newStateEveryRun());
        QVERIFY2(w.banner()->text().contains(QLatin1String("Imported")), qPrintable(w.banner()->text()));
        QVERIFY(w.banner()->isVisibleTo(&w));
        w.run();
        QVERIFY(fake);
        QCOMPARE(fake->runs.size(), 1);
        QCOMPARE(fake->runs.at(0).state, QStringLiteral("imported-state-123"));
        QCOMPARE(w.model()->state(), QStringLiteral("imported-state-123"));

        // A link without a state is run without one (the result says "none sent").
        QVERIFY(w.importText(QStringLiteral("response_type=code&client_id=abc&mode=simulated")));
        w.run();
        QCOMPARE(fake->runs.size(), 2);
        QCOMPARE(fake->runs.at(1).state, QString());
        QVERIFY(!QUrlQuery(fake->runs.at(1).url).hasQueryItem(QStringLiteral("state")));
    }

    void runUsesTheFactoryOnceAndRecordsHistory()
    {
        MainWindow w;
        FakeFlowRunner *fake = nullptr;
        int created = 0;
        w.setFlowRunnerFactory([&](QWidget *parent) {
            ++created;
            fake = new FakeFlowRunner(parent);
            return fake;
        });
        const QString stateBefore = w.model()->state();
        QVERIFY(w.document()->newStateEveryRun());
        w.findChild<QAction *>(QStringLiteral("runAction"))->trigger();
        QCOMPARE(created, 1);
        QVERIFY(fake);
        QCOMPARE(fake->runs.size(), 1);
        QVERIFY(w.model()->state() != stateBefore);
        QCOMPARE(fake->runs.at(0).state, w.model()->state());
        QCOMPARE(fake->runs.at(0).url.toString(QUrl::FullyEncoded), w.model()->url());
        QCOMPARE(fake->runs.at(0).redirectUri,
                 QUrl(QString::fromLatin1(sandbox::SandboxConfig::DemoRedirectUri)));
        auto *tabs = child<QTabWidget>(&w, "sideTabs");
        QCOMPARE(tabs->currentWidget(), fake);
        // Run → Stop is only enabled while a run waits (issue 12).
        auto *stop = w.findChild<QAction *>(QStringLiteral("stopAction"));
        QVERIFY(!stop->isEnabled());
        fake->setWaiting(true);
        QVERIFY(stop->isEnabled());
        stop->trigger();
        QCOMPARE(fake->stops, 1);
        QVERIFY(!stop->isEnabled());
        // The run did not become an undo step: Ctrl+Z has nothing of the user's to undo here.
        QCOMPARE(w.undoStack()->count(), 0);

        // "Run again" in the Run tab runs the current link with a new state, like Ctrl+Return (issue 12).
        const QString firstRunState = w.model()->state();
        fake->askToRunAgain();
        QCOMPARE(fake->runs.size(), 2);
        QVERIFY(fake->runs.at(1).state != firstRunState);
        QCOMPARE(fake->runs.at(1).state, w.model()->state());
        fake->runs.removeLast(); // (the history below has its launch and end)

        // No redirect_uri: the sandbox's registered default.
        retype(child<QWidget>(&w, "redirectUriEdit"), QString());
        w.document()->setNewStateEveryRun(false);
        const QString kept = w.model()->state();
        w.run();
        QCOMPARE(created, 1);
        QCOMPARE(fake->runs.size(), 2);
        QCOMPARE(fake->runs.at(1).state, kept);
        QCOMPARE(fake->runs.at(1).redirectUri,
                 QUrl(QString::fromLatin1(sandbox::SandboxConfig::DemoRedirectUri)));

        QStringList kinds;
        for (const HistoryEntry &e : w.history()->entries()) {
            kinds << e.kind;
            QVERIFY(!e.url.contains(QStringLiteral("SECRET-CODE")));
            QVERIFY(!e.summary.contains(QStringLiteral("SECRET-CODE")));
        }
        QCOMPARE(kinds, QStringList({QStringLiteral("launched"), QStringLiteral("finished"),
                                     QStringLiteral("launched"), QStringLiteral("finished"),
                                     QStringLiteral("launched"), QStringLiteral("finished")}));
        QFile history(ProfileStore::defaultStateDirectory() + QStringLiteral("/history.json"));
        QVERIFY(history.open(QIODevice::ReadOnly));
        QVERIFY(!history.readAll().contains("SECRET-CODE"));
    }

    void aCaughtCodeOpensTheTokensTab()
    {
        MainWindow w;
        FakeFlowRunner *fake = nullptr;
        w.setFlowRunnerFactory([&](QWidget *parent) {
            fake = new FakeFlowRunner(parent);
            return fake;
        });
        w.run();
        QVERIFY(fake);
        QVERIFY(!w.exchangePanel()); // no Tokens tab before a code comes back
        auto *tabs = child<QTabWidget>(&w, "sideTabs");
        const int tabsBefore = tabs->count();

        const QUrl redirect(QString::fromLatin1(sandbox::SandboxConfig::DemoRedirectUri));
        Q_EMIT fake->codeReceived(QStringLiteral("CODE-123"), redirect);
        auto *panel = w.findChild<ExchangePanel *>(QStringLiteral("exchangePanel"));
        QVERIFY(panel);
        panel->setSecretStore(nullptr); // never the desktop's keychain in a test
        QCOMPARE(w.exchangePanel(), panel);
        QCOMPARE(tabs->count(), tabsBefore + 1);
        QVERIFY(tabs->indexOf(panel) >= 0);
        QCOMPARE(child<QLineEdit>(panel, "codeEdit")->text(), QStringLiteral("CODE-123"));
        QCOMPARE(child<QLineEdit>(panel, "redirectUriEdit")->text(), redirect.toString());
        QCOMPARE(panel->target(), ApiTarget::singleOrigin(w.sandboxServer()->baseUrl()));
        QCOMPARE(panel->target().tokenUrl().port(), w.sandboxServer()->baseUrl().port());
        QCOMPARE(panel->clientId(), w.model()->clientId());
        QVERIFY(child<QPushButton>(panel, "exchangeButton")->isEnabled());

        // The next code goes into the same tab.
        Q_EMIT fake->codeReceived(QStringLiteral("CODE-456"), redirect);
        QCOMPARE(tabs->count(), tabsBefore + 1);
        QCOMPARE(w.exchangePanel(), panel);
        QCOMPARE(child<QLineEdit>(panel, "codeEdit")->text(), QStringLiteral("CODE-456"));

        // The Smartcar target moves the exchange to auth.smartcar.com.
        w.setTarget(LinkDocument::Target::Connect);
        QCOMPARE(panel->target(), ApiTarget::smartcar());
    }

    void reauthenticateFromTheTokensTabIsUndoable()
    {
        MainWindow w;
        ExchangePanel *panel = w.showExchange();
        QVERIFY(panel);
        panel->setSecretStore(nullptr);
        const QString before = w.model()->url();
        QVERIFY(before.contains(QStringLiteral("/oauth/authorize?")));

        Q_EMIT panel->reauthenticateRequested(QStringLiteral("veh-123"));
        const QUrl url(w.model()->url());
        QCOMPARE(url.path(), QStringLiteral("/oauth/reauthenticate"));
        QCOMPARE(originOf(url), w.document()->sandboxAddress()); // the sandbox's, started or not yet
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("response_type")), QStringLiteral("vehicle_id"));
        QCOMPARE(query.queryItemValue(QStringLiteral("vehicle_id")), QStringLiteral("veh-123"));
        QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), w.model()->clientId());
        QCOMPARE(w.linkView()->link(), w.model()->url());
        QCOMPARE(child<QTabWidget>(&w, "sideTabs")->currentIndex(), 0); // back on the link
        QCOMPARE(w.banner()->property("severity").toString(), QStringLiteral("info"));

        w.findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
        QCOMPARE(w.model()->url(), before);
        QCOMPARE(w.linkView()->link(), before);
    }

    void demoSecretIsPrefilledOnlyForTheSandboxDemoApp()
    {
        const QString demoSecret = QString::fromLatin1(sandbox::SandboxConfig::DemoClientSecret);
        const QString demoId = QString::fromLatin1(sandbox::SandboxConfig::DemoClientId);
        MainWindow w;
        w.show();
        QCOMPARE(w.model()->clientId(), demoId);
        ExchangePanel *panel = w.showExchange();
        panel->setSecretStore(nullptr);
        auto *secret = child<QLineEdit>(panel, "secretEdit");
        auto *note = child<QLabel>(panel, "secretNoteLabel");
        QCOMPARE(secret->text(), demoSecret);
        QVERIFY(secret->echoMode() == QLineEdit::Password);
        QVERIFY(panel->isSecretSuggested());
        QVERIFY(note->isVisibleTo(panel));
        QVERIFY(note->text().contains(QStringLiteral("demo")));

        // Another app on the sandbox: nothing filled in.
        retype(child<QWidget>(&w, "clientIdEdit"), QStringLiteral("4cf82729-4275-46d9-9255-8437ba777151"));
        QCOMPARE(panel->clientId(), QStringLiteral("4cf82729-4275-46d9-9255-8437ba777151"));
        QVERIFY(secret->text().isEmpty());
        QVERIFY(!note->isVisibleTo(panel));

        // Back to the demo app: filled in again.
        retype(child<QWidget>(&w, "clientIdEdit"), demoId);
        QCOMPARE(secret->text(), demoSecret);
        QVERIFY(note->isVisibleTo(panel));

        // The demo app on Smartcar: the sandbox's secret means nothing there.
        w.setTarget(LinkDocument::Target::Connect);
        QVERIFY(secret->text().isEmpty());
        QVERIFY(!note->isVisibleTo(panel));
        w.setTarget(LinkDocument::Target::Sandbox);
        QCOMPARE(secret->text(), demoSecret);

        // A secret the user typed is theirs: no note, and switching targets leaves it alone.
        secret->selectAll();
        QTest::keyClicks(secret, QStringLiteral("typed-by-user"));
        QCOMPARE(secret->text(), QStringLiteral("typed-by-user"));
        QVERIFY(!panel->isSecretSuggested());
        QVERIFY(!note->isVisibleTo(panel));
        w.setTarget(LinkDocument::Target::Connect);
        QCOMPARE(secret->text(), QStringLiteral("typed-by-user"));
        w.setTarget(LinkDocument::Target::Sandbox);
        QCOMPARE(secret->text(), QStringLiteral("typed-by-user"));
        secret->clear();
        retype(child<QWidget>(&w, "clientIdEdit"), QStringLiteral("other"));
        retype(child<QWidget>(&w, "clientIdEdit"), demoId);
        QCOMPARE(secret->text(), demoSecret);

        // Never saved: not in the session, a profile or the history.
        QVERIFY(w.saveSession());
        QVERIFY(w.saveProfile(QStringLiteral("demo")));
        w.copyLink();
        // Everything the window writes (profiles and its state) lives under AppDataLocation.
        QDirIterator it(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), QDir::Files,
                        QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(demoSecret.toUtf8()), qPrintable(file.fileName()));
            ++files;
        }
        QVERIFY(files >= 2);
    }

    void runWithoutFactoryExplains()
    {
        MainWindow w;
        w.run();
        QCOMPARE(w.banner()->property("severity").toString(), QStringLiteral("warning"));
    }

    void menusShowShortcuts()
    {
        MainWindow w;
        QCOMPARE(w.findChild<QAction *>(QStringLiteral("runAction"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_Return));
        QCOMPARE(w.findChild<QAction *>(QStringLiteral("pasteLinkAction"))->shortcut(),
                 QKeySequence(QKeySequence::Paste));
        QVERIFY(!w.findChild<QAction *>(QStringLiteral("copyLinkAction"))->shortcut().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
