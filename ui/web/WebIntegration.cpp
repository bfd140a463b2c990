#include "WebIntegration.h"

#include "CallbackResult.h"
#include "CustomSchemeHandler.h"
#include "FlowPanel.h"
#include "HeadlessFlowRunner.h"
#include "Profile.h"
#include "SandboxServer.h"
#include "UrlParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QUrl>

#include <cstdio>
#include <memory>

namespace connectlab::web {

namespace {

// The scheme of `text` when it is a URL with a custom scheme, or of the redirect_uri it carries.
void collectSchemes(const QString &text, QStringList *schemes)
{
    const QUrl url(text.trimmed(), QUrl::TolerantMode);
    if (!url.isValid() || url.scheme().isEmpty())
        return;
    if (CustomSchemeHandler::isCustomScheme(url.scheme()))
        schemes->append(url.scheme().toLower());
    const QString redirectUri = connectlab::UrlParser::parse(text).request.redirectUri;
    if (redirectUri.isEmpty())
        return;
    const QUrl redirect(redirectUri, QUrl::TolerantMode);
    if (redirect.isValid() && CustomSchemeHandler::isCustomScheme(redirect.scheme()))
        schemes->append(redirect.scheme().toLower());
}

void collectSavedSchemes(QStringList *schemes)
{
    // Before QApplication the application name is usually not set yet: use the app's own for the look-up.
    const bool unnamed = QCoreApplication::applicationName().isEmpty();
    if (unnamed)
        QCoreApplication::setApplicationName(QStringLiteral("connectlab"));
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (unnamed)
        QCoreApplication::setApplicationName(QString());
    if (base.isEmpty())
        return;
    const QDir dir(base + QStringLiteral("/profiles"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    int read = 0;
    for (const QString &file : files) {
        if (++read > 100)
            break;
        connectlab::Profile profile;
        QString error;
        if (connectlab::Profile::load(dir.filePath(file), &profile, &error))
            collectSchemes(profile.request.redirectUri, schemes);
    }
}

} // namespace

void registerUrlSchemes(const QStringList &arguments)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QStringList schemes;
    schemes.append(QStringLiteral("sc") +
                   QString::fromLatin1(connectlab::sandbox::SandboxConfig::DemoClientId));
    for (const QString &argument : arguments) {
        // "--url=…" and "--run-flow=…" as well as separate values.
        const qsizetype eq =
            argument.startsWith(QLatin1String("--")) ? argument.indexOf(QLatin1Char('=')) : -1;
        collectSchemes(eq < 0 ? argument : argument.mid(eq + 1), &schemes);
    }
    collectSavedSchemes(&schemes);
    schemes.removeDuplicates();
    for (const QString &scheme : std::as_const(schemes))
        CustomSchemeHandler::registerScheme(scheme);
}

bool isRunFlowCommand(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--run-flow") || argument.startsWith(QLatin1String("--run-flow=")))
            return true;
    }
    return false;
}

QString runFlowUsage()
{
    return HeadlessFlowRunner::usage();
}

namespace {

bool isLoopback(const QUrl &url)
{
    return url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost");
}

// Whether something accepts connections at the link's loopback port.
bool somethingListens(const QUrl &url)
{
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, quint16(url.port(80)));
    const bool up = probe.waitForConnected(500);
    probe.abort();
    return up;
}

} // namespace

int runFlowCommand(const QStringList &arguments)
{
    if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
        std::fputs(qPrintable(HeadlessFlowRunner::usage()), stdout);
        return 0;
    }
    HeadlessFlowRunner::Options options;
    QString error;
    if (!HeadlessFlowRunner::parseArguments(arguments, &options, &error)) {
        std::fputs(qPrintable(error + QLatin1Char('\n') + HeadlessFlowRunner::usage()), stderr);
        return HeadlessFlowRunner::ExitCode_Usage;
    }
    // The built-in sandbox, like the window's: asked for, or the link points at a local sandbox that is not
    // running. On the link's own port when it has one, so the link runs as written.
    std::unique_ptr<connectlab::sandbox::SandboxServer> sandbox;
    if (options.startSandbox || (isLoopback(options.url) && !somethingListens(options.url))) {
        sandbox = std::make_unique<connectlab::sandbox::SandboxServer>();
        const bool onLinkPort = isLoopback(options.url) && options.url.port() > 0;
        if (!(onLinkPort && sandbox->listen(quint16(options.url.port()))) && !sandbox->listen(0)) {
            std::fputs(
                qPrintable(QCoreApplication::translate("connectlab::web", "connectlab: the built-in sandbox "
                                                                          "could not listen on 127.0.0.1\n")),
                stderr);
            return HeadlessFlowRunner::ExitCode_Failed;
        }
        if (options.url.port() != sandbox->port() || !isLoopback(options.url)) {
            options.url.setScheme(QStringLiteral("http"));
            options.url.setHost(QStringLiteral("127.0.0.1"));
            options.url.setPort(sandbox->port());
        }
    }
    // WebEngine's start-up report (GL backend, switches) is noise on a CI log.
    QLoggingCategory::setFilterRules(
        QStringLiteral("qt.webenginecontext.info=false\nqt.webenginecontext.debug=false"));
    HeadlessFlowRunner runner(options);
    QEventLoop loop;
    QObject::connect(&runner, &HeadlessFlowRunner::finished, &loop, [&loop] { loop.quit(); });
    runner.start();
    if (!runner.isFinished())
        loop.exec();
    const QByteArray out = options.json ? QJsonDocument(runner.toJson()).toJson(QJsonDocument::Compact) + '\n'
                                        : runner.toText().toUtf8();
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
    return runner.exitCode();
}

FlowRunner *createFlowPanel(QWidget *parent)
{
    return new FlowPanel(parent);
}

} // namespace connectlab::web
