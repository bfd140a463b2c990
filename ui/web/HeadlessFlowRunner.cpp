#include "HeadlessFlowRunner.h"

#include "CallbackResult.h"
#include "ErrorExplainer.h"
#include "FlowPage.h"
#include "FlowProfile.h"
#include "FlowRun.h"
#include "SandboxServer.h"
#include "UrlParser.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace connectlab::web {

using connectlab::flow::CallbackResult;
using connectlab::flow::RedirectMatcher;

bool HeadlessFlowRunner::parseArguments(const QStringList &arguments, Options *options, QString *error)
{
    *options = Options();
    bool haveUrl = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        QString name = arg;
        QString value;
        bool hasInlineValue = false;
        if (arg.startsWith(QLatin1String("--")) && arg.contains(QLatin1Char('='))) {
            name = arg.left(arg.indexOf(QLatin1Char('=')));
            value = arg.mid(arg.indexOf(QLatin1Char('=')) + 1);
            hasInlineValue = true;
        }
        auto takeValue = [&](QString *out) {
            if (hasInlineValue) {
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
        if (name == QLatin1String("--run-flow")) {
            QString text;
            if (!takeValue(&text))
                return false;
            options->url = QUrl(text.trimmed(), QUrl::StrictMode);
            if (!options->url.isValid() || options->url.host().isEmpty() ||
                (options->url.scheme() != QLatin1String("http") &&
                 options->url.scheme() != QLatin1String("https"))) {
                *error = tr("--run-flow needs an http(s) Connect link, not \"%1\".").arg(text);
                return false;
            }
            haveUrl = true;
        } else if (name == QLatin1String("--click-through")) {
            options->clickThrough = true;
            if (hasInlineValue) {
                if (value == QLatin1String("approve")) {
                    options->decision = ClickThrough::Decision::Approve;
                } else if (value == QLatin1String("deny")) {
                    options->decision = ClickThrough::Decision::Deny;
                } else {
                    *error = tr("--click-through takes approve or deny, not \"%1\".").arg(value);
                    return false;
                }
            }
        } else if (name == QLatin1String("--login")) {
            if (!takeValue(&options->login))
                return false;
            if (!options->login.contains(QLatin1Char('@'))) {
                *error = tr("--login needs an email address, not \"%1\".").arg(options->login);
                return false;
            }
            options->loginGiven = true;
        } else if (name == QLatin1String("--brand")) {
            if (!takeValue(&options->brand))
                return false;
            options->brand = options->brand.trimmed().toUpper();
        } else if (name == QLatin1String("--timeout")) {
            QString text;
            if (!takeValue(&text))
                return false;
            bool ok = false;
            options->timeoutSeconds = text.toInt(&ok);
            if (!ok || options->timeoutSeconds <= 0 || options->timeoutSeconds > 3600) {
                *error = tr("--timeout needs a number of seconds (1 to 3600), not \"%1\".").arg(text);
                return false;
            }
        } else if (name == QLatin1String("--json") && !hasInlineValue) {
            options->json = true;
        } else if (name == QLatin1String("--sandbox") && !hasInlineValue) {
            options->startSandbox = true;
        } else if (name == QLatin1String("--lang")) {
            QString ignored; // the window's language option: read by main()
            if (!takeValue(&ignored))
                return false;
        } else {
            *error = tr("Unknown argument \"%1\".").arg(arg);
            return false;
        }
    }
    if (!haveUrl) {
        *error = tr("--run-flow needs a Connect link.");
        return false;
    }
    return true;
}

QString HeadlessFlowRunner::usage()
{
    return tr("Usage: connectlab --run-flow URL [--click-through[=approve|deny]] [--login EMAIL] [--brand "
              "MAKE] "
              "[--timeout SECONDS] [--sandbox] [--json]\n"
              "Runs a Connect link in an offscreen browser and prints what came back to the redirect URI.\n"
              "  --click-through[=approve|deny]  walk Connect's screens (default: approve)\n"
              "  --login EMAIL                   the login used on the brand's screen (default: %1)\n"
              "  --brand MAKE                    the brand to pick on the brand screen (default: the first)\n"
              "  --timeout SECONDS               give up after this long (default: 60)\n"
              "  --sandbox                       start the built-in sandbox for the link (it starts by "
              "itself\n"
              "                                  when the link points at 127.0.0.1 or localhost and nothing\n"
              "                                  listens there)\n"
              "  --json                          print one JSON object\n"
              "Exit status: 0 a code or a user_id came back, 1 an error came back or Connect showed its own\n"
              "error page, 2 usage error, 3 timeout or load failure, 4 the click-through could not do what "
              "it\n"
              "was asked (a deny whose approval screen was skipped, a brand not offered, a login screen "
              "that\n"
              "never appeared).\n")
        .arg(QString::fromLatin1(ClickThrough::DefaultLogin));
}

RedirectMatcher HeadlessFlowRunner::matcherFor(const QUrl &link)
{
    // The link read as every part of Connect Lab reads it (application_id counts as client_id).
    const connectlab::ConnectRequest request =
        connectlab::UrlParser::parse(link.toString(QUrl::FullyEncoded)).request;
    if (!request.redirectUri.isEmpty())
        return RedirectMatcher(QUrl(request.redirectUri));
    if (request.clientId == QLatin1String(connectlab::sandbox::SandboxConfig::DemoClientId))
        return RedirectMatcher(
            QUrl(QString::fromLatin1(connectlab::sandbox::SandboxConfig::DemoRedirectUri)));
    return RedirectMatcher::anyCallback({link});
}

QString HeadlessFlowRunner::sentStateOf(const QUrl &link)
{
    return connectlab::UrlParser::parse(link.toString(QUrl::FullyEncoded)).request.state;
}

HeadlessFlowRunner::HeadlessFlowRunner(const Options &options, QObject *parent)
    : QObject(parent), m_options(options)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(QStringLiteral("timeout"), ExitCode_Failed,
               tr("No callback within %1 s.").arg(m_options.timeoutSeconds));
    });
}

HeadlessFlowRunner::~HeadlessFlowRunner()
{
    // The page before its profile.
    delete m_run;
    delete m_profile;
}

void HeadlessFlowRunner::start()
{
    m_profile = new FlowProfile();
    m_run = new FlowRun(m_profile);
    m_run->setHttpErrorsFail(true);
    if (m_options.clickThrough)
        ClickThrough::install(m_run->page(), clickOptions());
    connect(m_run, &FlowRun::stepTaken, this, [this] {
        QString why;
        if (m_options.clickThrough && ClickThrough::brandMissing(clickOptions(), m_run->steps(), &why)) {
            m_notPerformed = why;
            finish(QStringLiteral("not_performed"), ExitCode_NotPerformed, why);
        }
    });
    connect(m_run, &FlowRun::caught, this, [this](const CallbackResult &result) {
        const QString outcome = CallbackResult::outcomeName(result.outcome());
        m_notPerformed = m_options.clickThrough
                             ? ClickThrough::notPerformed(clickOptions(), m_run->steps(), outcome)
                             : QString();
        if (!m_notPerformed.isEmpty())
            finish(outcome == QLatin1String("none") ? QStringLiteral("error") : outcome,
                   ExitCode_NotPerformed, m_notPerformed);
        else if (result.outcome() == CallbackResult::Outcome::Code)
            finish(QStringLiteral("code"), ExitCode_Code);
        else if (result.outcome() == CallbackResult::Outcome::UserId)
            finish(QStringLiteral("user_id"), ExitCode_Code);
        else if (result.outcome() == CallbackResult::Outcome::Error)
            finish(QStringLiteral("error"), ExitCode_Error,
                   connectlab::flow::ErrorExplainer::explain(result.error()).meaning);
        else
            finish(QStringLiteral("error"), ExitCode_Error,
                   tr("The callback carried no code, user_id or error."));
    });
    connect(m_run, &FlowRun::connectErrorPageShown, this,
            [this](const connectlab::flow::ConnectErrorPage &page) {
                finish(QStringLiteral("connect_error_page"), ExitCode_Error,
                       page.message() + QStringLiteral(" — ") + page.explanation());
            });
    connect(m_run, &FlowRun::loadFailed, this, [this](const QString &reason) {
        finish(QStringLiteral("load_failed"), ExitCode_Failed, reason);
    });
    m_timeout.start(m_options.timeoutSeconds * 1000);
    const RedirectMatcher matcher = matcherFor(m_options.url);
    m_run->start(m_options.url, matcher, sentStateOf(m_options.url));
}

ClickThrough::Options HeadlessFlowRunner::clickOptions() const
{
    ClickThrough::Options options;
    options.decision = m_options.decision;
    options.login = m_options.login;
    options.loginAsked = m_options.loginGiven;
    options.brand = m_options.brand;
    options.linkMake = connectlab::UrlParser::parse(m_options.url.toString(QUrl::FullyEncoded)).request.make;
    return options;
}

void HeadlessFlowRunner::finish(const QString &outcome, int exitCode, const QString &detail)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    m_outcome = outcome;
    m_exitCode = exitCode;
    m_detail = detail;
    m_elapsedMs = m_run ? m_run->elapsedMs() : 0;
    if (m_run && m_run->isRunning())
        m_run->stop();
    Q_EMIT finished(exitCode);
}

QJsonObject HeadlessFlowRunner::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("outcome"), m_outcome);
    const bool caught = m_run && m_run->status() == FlowRun::Status::Caught;
    const CallbackResult result = caught ? m_run->result() : CallbackResult();
    object.insert(QStringLiteral("callback_url"),
                  caught ? result.callbackUrl().toString(QUrl::FullyEncoded) : QString());
    object.insert(QStringLiteral("params"), result.parametersJson());
    if (result.isSuccess())
        object.insert(QStringLiteral("auth_model"), CallbackResult::authModelName(result.authModel()));
    if (!result.userId().isEmpty())
        object.insert(QStringLiteral("user_id"), result.userId());
    if (m_run && m_run->status() == FlowRun::Status::ConnectErrorPage)
        object.insert(QStringLiteral("error_page"),
                      connectlab::flow::ConnectErrorPage::kindName(m_run->errorPage().kind()));
    object.insert(QStringLiteral("state_check"),
                  CallbackResult::stateCheckName(
                      caught ? result.stateCheck()
                             : CallbackResult::stateCheckWithoutCallback(sentStateOf(m_options.url))));
    object.insert(QStringLiteral("elapsed_ms"), m_elapsedMs);
    QJsonArray navigations;
    if (m_run) {
        for (const NavigationEvent &event : m_run->navigations()) {
            navigations.append(QJsonObject{{QStringLiteral("t_ms"), event.tMs},
                                           {QStringLiteral("kind"), event.kind},
                                           {QStringLiteral("url"), event.url.toString(QUrl::FullyEncoded)}});
        }
    }
    object.insert(QStringLiteral("navigations"), navigations);
    if (m_run && !m_run->steps().isEmpty())
        object.insert(QStringLiteral("steps"), QJsonArray::fromStringList(m_run->steps()));
    if (!m_notPerformed.isEmpty())
        object.insert(QStringLiteral("not_performed"), m_notPerformed);
    if (!m_detail.isEmpty())
        object.insert(QStringLiteral("detail"), m_detail);
    return object;
}

QString HeadlessFlowRunner::toText() const
{
    QString text;
    const bool caught = m_run && m_run->status() == FlowRun::Status::Caught;
    text += QStringLiteral("outcome: ") + m_outcome + QLatin1Char('\n');
    if (caught) {
        const CallbackResult &result = m_run->result();
        text += QStringLiteral("callback: ") + result.callbackUrl().toString(QUrl::FullyEncoded) +
                QLatin1Char('\n');
        for (const auto &[name, value] : result.parameters())
            text += QStringLiteral("  ") + name + QStringLiteral(" = ") + value + QLatin1Char('\n');
        if (result.outcome() == CallbackResult::Outcome::Error) {
            const auto explanation = connectlab::flow::ErrorExplainer::explain(result.error());
            text += QStringLiteral("meaning: ") + explanation.meaning + QLatin1Char('\n');
            text += QStringLiteral("next: ") + explanation.nextStep + QLatin1Char('\n');
        }
        text += QStringLiteral("state: ") + CallbackResult::stateCheckName(result.stateCheck()) +
                QStringLiteral(" - ") + CallbackResult::stateCheckText(result.stateCheck()) +
                QLatin1Char('\n');
    } else if (!m_detail.isEmpty()) {
        text += QStringLiteral("detail: ") + m_detail + QLatin1Char('\n');
    }
    if (!m_notPerformed.isEmpty() && caught)
        text += QStringLiteral("not performed: ") + m_notPerformed + QLatin1Char('\n');
    text += QStringLiteral("elapsed: %1 ms\n").arg(m_elapsedMs);
    if (m_run) {
        text += QStringLiteral("navigations:\n");
        for (const NavigationEvent &event : m_run->navigations())
            text += QStringLiteral("  %1 ms  %2  %3\n")
                        .arg(event.tMs, 6)
                        .arg(event.kind, event.url.toString(QUrl::FullyEncoded));
    }
    return text;
}

} // namespace connectlab::web
