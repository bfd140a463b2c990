// connectlab: the composer window for Smartcar Connect links.
//   connectlab                                   the window (the last session, or a ready sample)
//   connectlab --screenshot FILE [--url URL | --profile FILE] [--size WxH]   render to a PNG and exit
//   connectlab --self-test                       start, paint once, quit (0 when fine)
//   connectlab --run-flow URL …                  the headless flow (see connectlab_web)
#include "FlowRunner.h"
#include "MainWindow.h"
#include "WebIntegration.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPalette>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
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

QSize parseSize(const QString &text, bool *ok)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$"));
    const QRegularExpressionMatch m = re.match(text);
    *ok = m.hasMatch();
    return *ok ? QSize(m.captured(1).toInt(), m.captured(2).toInt()) : QSize();
}

} // namespace

// Fusion's usual dark palette: what a dark desktop gives Qt, for screenshots on machines without one.
static QPalette darkPalette()
{
    QPalette p;
    const QColor window(45, 45, 48), base(30, 30, 32), text(230, 230, 230), disabled(128, 128, 128);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(90, 160, 255));
    p.setColor(QPalette::Highlight, QColor(42, 110, 200));
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    // Chromium refuses to start its sandbox as root (CI, containers): run without it there, as Qt documents.
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");

    // Before QApplication: custom redirect schemes must be known to WebEngine from the start.
    connectlab::web::registerUrlSchemes(args);
    if (connectlab::web::isRunFlowCommand(args)) {
        QApplication app(argc, argv);
        return connectlab::web::runFlowCommand(args);
    }

    const bool headless =
        args.contains(QStringLiteral("--screenshot")) || args.contains(QStringLiteral("--self-test"));
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("connectlab"));
    QApplication::setApplicationDisplayName(QStringLiteral("Connect Lab"));
    QApplication::setApplicationVersion(QStringLiteral(CONNECTLAB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("connectlab"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Compose, check, share and run Smartcar Connect links."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render the window to a PNG file and exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("Start with this link in the form."),
                                 QStringLiteral("URL"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QStringLiteral("Start with this profile file."), QStringLiteral("FILE"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size for --screenshot."),
                                  QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
                                      QStringLiteral("Start, paint the window once and quit (0 when fine)."));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   QStringLiteral("light or dark: force a Fusion palette instead of the "
                                                  "system's (for screenshots and checks)."),
                                   QStringLiteral("THEME"));
    parser.addOptions({screenshot, url, profile, size, selfTest, theme});
    parser.process(app);

    if (parser.isSet(theme)) {
        const QString which = parser.value(theme);
        if (which != QLatin1String("light") && which != QLatin1String("dark")) {
            std::fprintf(stderr, "connectlab: --theme takes light or dark\n");
            return 2;
        }
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(which == QLatin1String("dark") ? darkPalette() : QPalette(Qt::white));
    }

    if (parser.isSet(url) && parser.isSet(profile)) {
        std::fprintf(stderr, "connectlab: use --url or --profile, not both\n");
        return 2;
    }
    bool sizeOk = false;
    const QSize windowSize = parseSize(parser.value(size), &sizeOk);
    if (!sizeOk) {
        std::fprintf(stderr, "connectlab: --size takes WIDTHxHEIGHT, e.g. 1280x800\n");
        return 2;
    }

    const bool offscreenRun = parser.isSet(screenshot) || parser.isSet(selfTest);
    connectlab::MainWindow::Options options;
    // Screenshots and self-tests neither read nor write the user's session: they are reproducible.
    options.restoreSession = !offscreenRun && !parser.isSet(url) && !parser.isSet(profile);
    options.persist = !offscreenRun;
    connectlab::MainWindow window(options);
    window.setFlowRunnerFactory(
        [](QWidget *parent) -> connectlab::FlowRunner * { return connectlab::web::createFlowPanel(parent); });

    if (parser.isSet(url) && !window.importText(parser.value(url)) && offscreenRun) {
        std::fprintf(stderr, "connectlab: --url is not a Connect link\n");
        return 2;
    }
    if (parser.isSet(profile) && !window.loadProfileFile(parser.value(profile)) && offscreenRun) {
        std::fprintf(stderr, "connectlab: could not load %s\n", qPrintable(parser.value(profile)));
        return 2;
    }

    if (parser.isSet(selfTest)) {
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
    if (parser.isSet(screenshot)) {
        window.resize(windowSize);
        window.show();
        QCoreApplication::processEvents();
        const QImage image = window.grab().toImage();
        if (image.isNull() || !image.save(parser.value(screenshot), "PNG")) {
            std::fprintf(stderr, "connectlab: could not write %s\n", qPrintable(parser.value(screenshot)));
            return 1;
        }
        return 0;
    }

    window.show();
    return app.exec();
}
