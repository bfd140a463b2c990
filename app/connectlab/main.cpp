// connectlab: the composer window for Smartcar Connect links.
//   connectlab [LINK]                            the window (the last session, or a ready sample); LINK, a
//                                                Connect or connectlab:// link, is imported, by the running
//                                                window when there is one (SingleInstance)
//   connectlab --screenshot FILE [--url URL | --profile FILE] [--size WxH] [--theme light|dark] [--scale N]
//   connectlab --self-test                       start, paint once, quit (0 when fine)
//   connectlab --run-flow URL …                  the headless flow (see connectlab_web)
//   connectlab --run-plan PLAN …                 a test plan, headless (see connectlab_web)
//   connectlab --help | --version                work without a display
#include "ConnectModel.h"
#include "ContrastStyle.h"
#include "FlowRunner.h"
#include "MainWindow.h"
#include "PlanTab.h"
#include "ProgramArguments.h"
#include "SingleInstance.h"
#include "Theme.h"
#include "Translations.h"
#include "WebIntegration.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLoggingCategory>
#include <QPalette>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>
#include <unistd.h>

namespace {

// Linux: any QtWebEngineProcess among our children means WebEngine started before Run.
bool webEngineProcessRunning()
{
    const QString self = QString::number(QCoreApplication::applicationPid());
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        QFile stat(QStringLiteral("/proc/") + pid + QStringLiteral("/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QString line = QString::fromLocal8Bit(stat.readAll());
        const qsizetype close = line.lastIndexOf(QLatin1Char(')'));
        if (close < 0)
            continue;
        const QString comm =
            line.mid(line.indexOf(QLatin1Char('(')) + 1, close - line.indexOf(QLatin1Char('(')) - 1);
        const QStringList rest = line.mid(close + 2).split(QLatin1Char(' '));
        if (rest.size() > 1 && rest.at(1) == self && comm.startsWith(QLatin1String("QtWebEngine")))
            return true;
    }
    return false;
}

// Turns the event loop until `done()` or `timeoutMs` passed; true when done.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}

// --screenshot --run: the window's link runs (the flow panel clicks through the sandbox's screens) or,
// with a plan open, the plan runs; the picture waits for the end. A link that does not come back is
// still pictured (that is what the Run tab shows), only a run that never ends fails.
bool runForScreenshot(connectlab::MainWindow &window, connectlab::plantab::PlanTab *plan, QString *failure)
{
    constexpr int TimeoutMs = 120000;
    bool finished = false;
    if (plan) {
        QObject::connect(plan, &connectlab::plantab::PlanTab::runFinished, plan,
                         [&finished] { finished = true; });
        plan->runAll();
        if (!plan->isRunning())
            finished = true;
    } else {
        window.run();
        connectlab::FlowRunner *runner = window.flowRunner();
        if (!runner) {
            *failure = QStringLiteral("this build cannot run links");
            return false;
        }
        QObject::connect(runner, &connectlab::FlowRunner::finished, runner, [&finished] { finished = true; });
    }
    if (!waitFor([&finished] { return finished; }, TimeoutMs)) {
        *failure = QStringLiteral("still running after %1 s").arg(TimeoutMs / 1000);
        return false;
    }
    // Let the result pane lay out and the page paint.
    waitFor([] { return false; }, 300);
    return true;
}

QSize parseSize(const QString &text, bool *ok)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$"));
    const QRegularExpressionMatch m = re.match(text);
    *ok = m.hasMatch();
    return *ok ? QSize(m.captured(1).toInt(), m.captured(2).toInt()) : QSize();
}

bool hasArgument(const QStringList &args, const QString &name)
{
    for (const QString &a : args)
        if (a == name || a.startsWith(name + u'='))
            return true;
    return false;
}

QString argumentValue(const QStringList &args, const QString &name)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == name && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(name + u'='))
            return args.at(i).mid(name.size() + 1);
    }
    return {};
}

struct CommandLine
{
    QCommandLineParser parser;
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  QStringLiteral("Render the window to a PNG file and exit."),
                                  QStringLiteral("FILE")};
    QCommandLineOption url{QStringLiteral("url"), QStringLiteral("Start with this link in the form."),
                           QStringLiteral("URL")};
    QCommandLineOption profile{QStringLiteral("profile"), QStringLiteral("Start with this profile file."),
                               QStringLiteral("FILE")};
    QCommandLineOption size{QStringLiteral("size"), QStringLiteral("Window size for --screenshot."),
                            QStringLiteral("WxH"), QStringLiteral("1280x800")};
    QCommandLineOption scale{
        QStringLiteral("scale"),
        QStringLiteral("Device pixel ratio for --screenshot (2 for sharp high-DPI pictures)."),
        QStringLiteral("N"), QStringLiteral("1")};
    QCommandLineOption tab{QStringLiteral("tab"),
                           QStringLiteral("The side tab to show for --screenshot: link, history, code, run, "
                                          "tokens, sandbox or \"test plan\"."),
                           QStringLiteral("TAB")};
    QCommandLineOption plan{QStringLiteral("plan"),
                            QStringLiteral("Open this test plan in the Test plan tab."),
                            QStringLiteral("PLAN")};
    QCommandLineOption runFirst{
        QStringLiteral("run"),
        QStringLiteral(
            "With --screenshot: run first (the link, approving the sandbox's screens; with --plan, "
            "the plan) and take the picture when it is done.")};
    QCommandLineOption selfTest{QStringLiteral("self-test"),
                                QStringLiteral("Start, paint the window once and quit (0 when fine).")};
    QCommandLineOption theme{
        QStringLiteral("theme"),
        QStringLiteral("light or dark: force a Fusion palette instead of the system's (for "
                       "screenshots and checks)."),
        QStringLiteral("THEME")};
    QCommandLineOption lang{QStringLiteral("lang"),
                            QStringLiteral("The language of the window: de or en (default: the system's)."),
                            QStringLiteral("LANG")};
    QCommandLineOption runFlow{QStringLiteral("run-flow"),
                               QStringLiteral("Run a Connect link headless and print what came back; see "
                                              "\"connectlab --run-flow --help\" below."),
                               QStringLiteral("URL")};

    CommandLine()
    {
        parser.setApplicationDescription(
            QStringLiteral("Compose, check, share and run Smartcar Connect links."));
        parser.addHelpOption();
        parser.addVersionOption();
        QCommandLineOption runPlan{
            QStringLiteral("run-plan"),
            QStringLiteral("Run a test plan headless and report; see \"connectlab --run-plan "
                           "--help\" below."),
            QStringLiteral("PLAN")};
        parser.addOptions({screenshot, url, profile, plan, size, scale, tab, runFirst, selfTest, theme, lang,
                           runFlow, runPlan});
        parser.addPositionalArgument(
            QStringLiteral("link"),
            QStringLiteral("A Connect link, or connectlab://open?url=… carrying one, to import (into the "
                           "running window when Connect Lab runs already)."),
            QStringLiteral("[LINK]"));
    }

    QString helpText() const
    {
        return parser.helpText() + QLatin1Char('\n') + connectlab::web::runFlowUsage() + QLatin1Char('\n') +
               connectlab::web::runPlanUsage();
    }
};

// --help and --version need no display: answer them before any GUI object exists.
int answerHelpOrVersion(int argc, char **argv, const QStringList &args)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("connectlab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONNECTLAB_VERSION));
    if (hasArgument(args, QStringLiteral("--version")) || hasArgument(args, QStringLiteral("-v"))) {
        std::printf("connectlab %s\n", CONNECTLAB_VERSION);
        return 0;
    }
    CommandLine cli;
    const QByteArray text = cli.helpText().toLocal8Bit();
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    return 0;
}

// A headless run prints only its result: Qt WebEngine's notes about the GPU, the disabled Chromium sandbox
// and a missing XDG_RUNTIME_DIR are expected there and say nothing to the user. QT_LOGGING_RULES or
// CONNECTLAB_VERBOSE=1 bring them back.
QtMessageHandler g_defaultHandler = nullptr;
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const QStringList expected = {
        QStringLiteral("Sandboxing disabled by user."),
        QStringLiteral("WebEngineContext used before QtWebEngineCore::initialize()"),
        QStringLiteral("No suitable graphics backend found"),
        QStringLiteral("This plugin does not support propagateSizeHints()"),
        QStringLiteral("QStandardPaths: XDG_RUNTIME_DIR not set"),
    };
    if (type != QtFatalMsg && type != QtCriticalMsg)
        for (const QString &prefix : expected)
            if (message.startsWith(prefix))
                return;
    g_defaultHandler(type, context, message);
}

void beQuiet()
{
    if (!qEnvironmentVariableIsEmpty("QT_LOGGING_RULES") ||
        qEnvironmentVariableIntValue("CONNECTLAB_VERBOSE"))
        return;
    g_defaultHandler = qInstallMessageHandler(quietHandler);
    // WebEngine's start-up report (GL backend, switches) is noise on a CI log.
    QLoggingCategory::setFilterRules(
        QStringLiteral("qt.webenginecontext.info=false\nqt.webenginecontext.debug=false"));
}

} // namespace

int main(int argc, char **argv)
{
    // Every character of every argument, a leading U+FEFF included (QCoreApplication::arguments() drops it).
    const QStringList args = connectlab::ProgramArguments::decode(argc, argv);

    const bool runFlow = connectlab::web::isRunFlowCommand(args);
    const bool runPlan = !runFlow && connectlab::web::isRunPlanCommand(args);
    if (!runFlow && !runPlan &&
        (hasArgument(args, QStringLiteral("--help")) || hasArgument(args, QStringLiteral("-h")) ||
         hasArgument(args, QStringLiteral("--version")) || hasArgument(args, QStringLiteral("-v"))))
        return answerHelpOrVersion(argc, argv, args);

    // Chromium refuses to start its sandbox as root (CI, containers): run without it there, as Qt documents.
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");

    const bool headless = runFlow || runPlan || hasArgument(args, QStringLiteral("--screenshot")) ||
                          hasArgument(args, QStringLiteral("--self-test"));
    std::unique_ptr<QTemporaryDir> runtimeDir;
    if (headless) {
        beQuiet();
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Offscreen there is no OpenGL: let Qt Quick (inside WebEngine's view) draw in software.
        if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
            qputenv("QT_QUICK_BACKEND", "software");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            runtimeDir = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                                         QStringLiteral("/connectlab-runtime-XXXXXX"));
            if (runtimeDir->isValid()) {
                QFile::setPermissions(runtimeDir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                              QFileDevice::ExeOwner);
                qputenv("XDG_RUNTIME_DIR", runtimeDir->path().toLocal8Bit());
            }
        }
    }
    const QString scaleText = argumentValue(args, QStringLiteral("--scale"));
    if (!scaleText.isEmpty()) {
        bool ok = false;
        const double scale = scaleText.toDouble(&ok);
        if (!ok || scale < 1 || scale > 4) {
            std::fprintf(stderr, "connectlab: --scale takes a number from 1 to 4, e.g. --scale 2\n");
            return 2;
        }
        qputenv("QT_SCALE_FACTOR", scaleText.toLatin1());
    }

    // Before QApplication: OpenGL sharing for WebEngine, and the custom redirect schemes it must know.
    connectlab::web::registerUrlSchemes(runPlan ? args + connectlab::web::planLinks(args) : args);
    if (runPlan) {
        QApplication app(argc, argv);
        connectlab::Translations::install(argumentValue(args, QStringLiteral("--lang")));
        return connectlab::web::runPlanCommand(args);
    }
    if (runFlow) {
        QApplication app(argc, argv);
        connectlab::Translations::install(argumentValue(args, QStringLiteral("--lang")));
        return connectlab::web::runFlowCommand(args);
    }

    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("connectlab"));
    QApplication::setApplicationDisplayName(QStringLiteral("Connect Lab"));
    QApplication::setApplicationVersion(QStringLiteral(CONNECTLAB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.connectlab.ConnectLab"));

    CommandLine cli;
    QCommandLineParser &parser = cli.parser;
    if (!parser.parse(args)) {
        std::fprintf(stderr, "connectlab: %s\nTry connectlab --help.\n", qPrintable(parser.errorText()));
        return 2;
    }

    const QString language = parser.value(cli.lang);
    if (!language.isEmpty() && !connectlab::Translations::languages().contains(language)) {
        std::fprintf(stderr, "connectlab: --lang takes %s, not \"%s\"\n",
                     qPrintable(connectlab::Translations::languages().join(QStringLiteral(" or "))),
                     qPrintable(language));
        return 2;
    }
    connectlab::Translations::install(language);

    if (parser.isSet(cli.theme)) {
        const QString which = parser.value(cli.theme);
        if (which != QLatin1String("light") && which != QLatin1String("dark")) {
            std::fprintf(stderr, "connectlab: --theme takes light or dark, not \"%s\"\n", qPrintable(which));
            return 2;
        }
        QApplication::setStyle(new connectlab::ContrastStyle(QStringLiteral("Fusion")));
        QApplication::setPalette(which == QLatin1String("dark") ? connectlab::Theme::darkPalette()
                                                                : connectlab::Theme::lightPalette());
    } else {
        QApplication::setStyle(new connectlab::ContrastStyle);
    }

    const QStringList positionals = parser.positionalArguments();
    if (positionals.size() > 1) {
        std::fprintf(stderr, "connectlab: give one link, not %d (quote a link in the shell: '...')\n",
                     int(positionals.size()));
        return 2;
    }
    const QString link = positionals.value(0);
    if ((parser.isSet(cli.url) || parser.isSet(cli.profile)) && !link.isEmpty()) {
        std::fprintf(stderr, "connectlab: give the link as LINK or with --url, and without --profile\n");
        return 2;
    }
    if (parser.isSet(cli.url) && parser.isSet(cli.profile)) {
        std::fprintf(stderr, "connectlab: use --url or --profile, not both\n");
        return 2;
    }
    bool sizeOk = false;
    const QSize windowSize = parseSize(parser.value(cli.size), &sizeOk);
    if (!sizeOk) {
        std::fprintf(stderr, "connectlab: --size takes WIDTHxHEIGHT, e.g. 1280x800\n");
        return 2;
    }

    if (parser.isSet(cli.runFirst) && !parser.isSet(cli.screenshot)) {
        std::fprintf(stderr,
                     "connectlab: --run goes with --screenshot (to run a link headless: --run-flow)\n");
        return 2;
    }
    const bool offscreenRun = parser.isSet(cli.screenshot) || parser.isSet(cli.selfTest);
    // One window per user: a second `connectlab` hands its link to the first and is done.
    connectlab::SingleInstance instance;
    if (!offscreenRun) {
        if (connectlab::SingleInstance::handOver(link.isEmpty() ? parser.value(cli.url) : link))
            return 0;
        instance.listen();
    }
    connectlab::MainWindow::Options options;
    // Screenshots and self-tests neither read nor write the user's session: they are reproducible.
    options.restoreSession = !offscreenRun && !parser.isSet(cli.url) && !parser.isSet(cli.profile);
    options.persist = !offscreenRun;
    connectlab::MainWindow window(options);
    const bool clickThrough = parser.isSet(cli.runFirst) && !parser.isSet(cli.plan);
    window.setFlowRunnerFactory([clickThrough](QWidget *parent) -> connectlab::FlowRunner * {
        return connectlab::web::createFlowPanel(parent, clickThrough);
    });
    auto *planTab = new connectlab::plantab::PlanTab([&window] { return window.model()->url(); }, &window);
    window.addSideTab(planTab, QStringLiteral("plan"),
                      QCoreApplication::translate("connectlab::MainWindow", "Test &plan"));
    if (parser.isSet(cli.plan) && !planTab->openPlan(parser.value(cli.plan)) && offscreenRun) {
        std::fprintf(stderr, "connectlab: could not open the plan %s (the Test plan tab says why)\n",
                     qPrintable(parser.value(cli.plan)));
        return 2;
    }

    if (parser.isSet(cli.url) && !window.importText(parser.value(cli.url)) && offscreenRun) {
        std::fprintf(stderr, "connectlab: --url is not a Connect link\n");
        return 2;
    }
    // Over the last session, undoable: the session is one Ctrl+Z away.
    if (!link.isEmpty() && !window.importText(link) && offscreenRun) {
        std::fprintf(stderr, "connectlab: LINK is not a Connect link\n");
        return 2;
    }
    QObject::connect(&instance, &connectlab::SingleInstance::linkReceived, &window,
                     &connectlab::MainWindow::openLink);
    if (parser.isSet(cli.profile) && !window.loadProfileFile(parser.value(cli.profile)) && offscreenRun) {
        std::fprintf(stderr, "connectlab: could not load %s\n", qPrintable(parser.value(cli.profile)));
        return 2;
    }

    if (parser.isSet(cli.selfTest)) {
        window.show();
        QCoreApplication::processEvents();
        const QImage image = window.grab().toImage();
        const qint64 elapsed = clock.elapsed();
        if (image.isNull()) {
            std::fprintf(stderr, "connectlab: self-test: the window did not paint\n");
            return 1;
        }
        if (webEngineProcessRunning()) {
            std::fprintf(stderr, "connectlab: self-test: a QtWebEngineProcess started before Run\n");
            return 1;
        }
        std::printf("connectlab self-test: ok, painted %dx%d in %lld ms (from QApplication)\n", image.width(),
                    image.height(), static_cast<long long>(elapsed));
        return 0;
    }
    if (parser.isSet(cli.screenshot)) {
        window.resize(windowSize);
        window.show();
        QCoreApplication::processEvents();
        // The sandbox starts right after the first paint; its tab is part of the picture.
        if (window.target() == connectlab::LinkDocument::Target::Sandbox &&
            !waitFor([&window] { return window.sandboxPanel() != nullptr; }, 5000)) {
            std::fprintf(stderr, "connectlab: the built-in sandbox did not start\n");
            return 1;
        }
        if (parser.isSet(cli.runFirst)) {
            QString failure;
            if (!runForScreenshot(window, parser.isSet(cli.plan) ? planTab : nullptr, &failure)) {
                std::fprintf(stderr, "connectlab: --run: %s\n", qPrintable(failure));
                return 1;
            }
            if (!parser.isSet(cli.tab))
                window.showSideTab(parser.isSet(cli.plan) ? static_cast<QWidget *>(planTab)
                                                          : window.flowRunner());
        }
        if (parser.isSet(cli.tab)) {
            if (!window.showSideTab(parser.value(cli.tab))) {
                std::fprintf(stderr, "connectlab: --tab takes one of: %s\n",
                             qPrintable(window.sideTabTitles().join(QStringLiteral(", ")).toLower()));
                return 2;
            }
            QCoreApplication::processEvents();
        }
        const QImage image = window.grab().toImage();
        if (image.isNull() || !image.save(parser.value(cli.screenshot), "PNG")) {
            std::fprintf(stderr, "connectlab: could not write %s\n",
                         qPrintable(parser.value(cli.screenshot)));
            return 1;
        }
        return 0;
    }

    window.show();
    return app.exec();
}
