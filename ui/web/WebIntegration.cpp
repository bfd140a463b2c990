#include "WebIntegration.h"

#include "CallbackResult.h"
#include "ClickThrough.h"
#include "CustomSchemeHandler.h"
#include "FlowPanel.h"
#include "HeadlessFlowRunner.h"
#include "PlanRunner.h"
#include "Profile.h"
#include "SandboxServer.h"
#include "UrlParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

bool isRunPlanCommand(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--run-plan") || argument.startsWith(QLatin1String("--run-plan=")))
            return true;
    }
    return false;
}

QString runPlanUsage()
{
    return QCoreApplication::translate(
        "connectlab::web",
        "Usage: connectlab --run-plan PLAN [--jobs N] [--junit FILE] [--html FILE] [--json] [--tag T]... "
        "[--bail]\n"
        "                  [--retries N] [--timeout SECONDS]\n"
        "Runs every case of a test plan (JSON, see the README) headless, each in a fresh browser profile "
        "and,\n"
        "against the built-in sandbox, a sandbox of its own.\n"
        "  --jobs N           run N cases at once (default: 1)\n"
        "  --junit FILE       write a JUnit XML report (Jenkins, GitLab)\n"
        "  --html FILE        write a self-contained HTML report\n"
        "  --json             print the results as one JSON object instead of lines\n"
        "  --tag T            run only the cases tagged T (repeatable: any of them)\n"
        "  --bail             start no case after the first failure\n"
        "  --retries N        run a failed case again up to N times\n"
        "  --timeout SECONDS  per case, unless the plan sets \"timeout\" (default: 30)\n"
        "Exit status: 0 every case passed, 1 a case failed, 2 usage error or a plan that does not parse.\n");
}

namespace {

struct PlanOptions
{
    QString plan;
    PlanRunner::Options runner;
    QString junit;
    QString html;
    bool json = false;
    QStringList tags;
};

bool parsePlanArguments(const QStringList &arguments, PlanOptions *options, QString *error)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("connectlab::web", text); };
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString name = arguments.at(i);
        QString value;
        bool inlineValue = false;
        if (name.startsWith(QLatin1String("--")) && name.contains(QLatin1Char('='))) {
            value = name.mid(name.indexOf(QLatin1Char('=')) + 1);
            name = name.left(name.indexOf(QLatin1Char('=')));
            inlineValue = true;
        }
        const auto take = [&](QString *out) {
            if (inlineValue) {
                *out = value;
                return true;
            }
            if (i + 1 >= arguments.size()) {
                *error = tr("%1 needs a value.").arg(name);
                return false;
            }
            *out = arguments.at(++i);
            return true;
        };
        const auto number = [&](int *out, int low, int high) {
            QString text;
            if (!take(&text))
                return false;
            bool ok = false;
            *out = text.toInt(&ok);
            if (!ok || *out < low || *out > high) {
                *error =
                    tr("%1 takes a number from %2 to %3, not \"%4\".").arg(name).arg(low).arg(high).arg(text);
                return false;
            }
            return true;
        };
        if (name == QLatin1String("--run-plan")) {
            if (!take(&options->plan))
                return false;
        } else if (name == QLatin1String("--jobs")) {
            if (!number(&options->runner.jobs, 1, 16))
                return false;
        } else if (name == QLatin1String("--retries")) {
            if (!number(&options->runner.retries, 0, 10))
                return false;
        } else if (name == QLatin1String("--timeout")) {
            if (!number(&options->runner.timeoutSeconds, 1, 3600))
                return false;
        } else if (name == QLatin1String("--junit")) {
            if (!take(&options->junit))
                return false;
        } else if (name == QLatin1String("--html")) {
            if (!take(&options->html))
                return false;
        } else if (name == QLatin1String("--tag")) {
            QString tag;
            if (!take(&tag))
                return false;
            options->tags.append(tag);
        } else if (name == QLatin1String("--json") && !inlineValue) {
            options->json = true;
        } else if (name == QLatin1String("--bail") && !inlineValue) {
            options->runner.bail = true;
        } else if (name == QLatin1String("--lang")) {
            QString ignored; // read by main()
            if (!take(&ignored))
                return false;
        } else {
            *error = tr("Unknown argument \"%1\".").arg(arguments.at(i));
            return false;
        }
    }
    if (options->plan.isEmpty()) {
        *error = tr("--run-plan needs a plan file.");
        return false;
    }
    return true;
}

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

QStringList planLinks(const QStringList &arguments)
{
    QStringList links;
    PlanOptions options;
    QString ignored;
    if (!isRunPlanCommand(arguments) || !parsePlanArguments(arguments, &options, &ignored))
        return links;
    QFile file(options.plan);
    if (!file.open(QIODevice::ReadOnly))
        return links;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    links.append(root.value(QStringLiteral("url")).toString());
    const QJsonArray cases = root.value(QStringLiteral("cases")).toArray();
    for (const QJsonValue &planCase : cases) {
        const QString redirect = planCase.toObject()
                                     .value(QStringLiteral("set"))
                                     .toObject()
                                     .value(QStringLiteral("redirect_uri"))
                                     .toString();
        if (!redirect.isEmpty())
            links.append(redirect);
    }
    return links;
}

int runPlanCommand(const QStringList &arguments)
{
    if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
        print(stdout, runPlanUsage());
        return 0;
    }
    PlanOptions options;
    QString error;
    if (!parsePlanArguments(arguments, &options, &error)) {
        print(stderr, QStringLiteral("connectlab: ") + error + QLatin1Char('\n') + runPlanUsage());
        return 2;
    }
    connectlab::plan::TestPlan plan;
    connectlab::plan::PlanError planError;
    if (!connectlab::plan::TestPlan::load(options.plan, &plan, &planError, &PlanRunner::checkFaults)) {
        print(stderr, planError.toString(options.plan) + QLatin1Char('\n'));
        return 2;
    }
    QList<connectlab::plan::PlanCase> cases;
    if (!plan.expand(&cases, &planError, &PlanRunner::checkFaults)) {
        print(stderr, planError.toString(options.plan) + QLatin1Char('\n'));
        return 2;
    }
    cases = connectlab::plan::TestPlan::withTags(cases, options.tags);
    if (cases.isEmpty()) {
        print(stderr,
              QCoreApplication::translate("connectlab::web", "connectlab: no case of %1 has the tag %2.\n")
                  .arg(options.plan, options.tags.join(QStringLiteral(" or "))));
        return 2;
    }
    PlanRunner runner(plan, cases, options.runner);
    if (!runner.prepare(&error)) {
        print(stderr, QStringLiteral("connectlab: ") + error + QLatin1Char('\n'));
        return 2;
    }
    if (!options.json) {
        QObject::connect(&runner, &PlanRunner::caseFinished, &runner, [&runner](int index) {
            const connectlab::plan::CaseResult &r = runner.results().at(index);
            const QString mark =
                r.status == connectlab::plan::CaseResult::Status::Passed   ? QStringLiteral("PASS")
                : r.status == connectlab::plan::CaseResult::Status::Failed ? QStringLiteral("FAIL")
                                                                           : QStringLiteral("SKIP");
            print(stdout, QStringLiteral("%1  %2 (%3 s)  %4\n")
                              .arg(mark, r.planCase.name,
                                   QString::number(double(r.elapsedMs) / 1000.0, 'f', 2), r.verdict));
        });
    }
    QEventLoop loop;
    QObject::connect(&runner, &PlanRunner::finished, &loop, &QEventLoop::quit);
    runner.start();
    if (runner.isRunning())
        loop.exec();
    connectlab::plan::PlanReport report = runner.report();
    report.planFile = QFileInfo(options.plan).fileName();
    int status = report.allPassed() ? 0 : 1;
    if (!options.junit.isEmpty() && !report.write(options.junit, report.toJUnit(), &error)) {
        print(stderr, QStringLiteral("connectlab: ") + error + QLatin1Char('\n'));
        status = 2;
    }
    if (!options.html.isEmpty() && !report.write(options.html, report.toHtml(), &error)) {
        print(stderr, QStringLiteral("connectlab: ") + error + QLatin1Char('\n'));
        status = 2;
    }
    if (options.json)
        print(stdout, QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact)) +
                          QLatin1Char('\n'));
    else
        print(stdout,
              report.summary() +
                  QStringLiteral(" (%1 cases/s)\n")
                      .arg(QString::number(report.elapsedMs > 0 ? 1000.0 * double(report.results.size()) /
                                                                      double(report.elapsedMs)
                                                                : 0.0,
                                           'f', 1)));
    return status;
}

FlowRunner *createFlowPanel(QWidget *parent, bool clickThrough)
{
    auto *panel = new FlowPanel(parent);
    if (clickThrough)
        panel->setClickThrough(ClickThrough::Options{});
    return panel;
}

} // namespace connectlab::web
