#include "PlanCaseRun.h"

#include "ApiTarget.h"
#include "CallbackResult.h"
#include "ErrorExplainer.h"
#include "FlowPage.h"
#include "FlowProfile.h"
#include "FlowRun.h"
#include "HeadlessFlowRunner.h"
#include "SandboxServer.h"
#include "TokenClient.h"
#include "UrlBuilder.h"
#include "VehicleClient.h"

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QPixmap>
#include <QWebEngineView>

namespace connectlab::web {

using connectlab::flow::CallbackResult;
using connectlab::plan::CaseResult;
using connectlab::plan::PlanCase;

PlanCaseRun::PlanCaseRun(const PlanCase &planCase, const Setup &setup, QObject *parent)
    : QObject(parent), m_setup(setup)
{
    m_result.planCase = planCase;
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (!m_flowEnded)
            flowEnded(QStringLiteral("timeout"), tr("No redirect within %1 s.").arg(m_setup.timeoutSeconds));
        else if (m_result.isDone())
            done(); // the screenshot hung
        else {
            if (m_result.exchangeDetail.isEmpty())
                m_result.exchangeDetail = tr("no answer within %1 s").arg(m_setup.timeoutSeconds);
            connectlab::plan::Verdict::judge(&m_result);
            done();
        }
    });
}

PlanCaseRun::~PlanCaseRun()
{
    // The view before the page, the page before its profile.
    delete m_view;
    delete m_run;
    delete m_profile;
}

ClickThrough::Options PlanCaseRun::clickOptions() const
{
    ClickThrough::Options options;
    options.decision = m_result.planCase.click == PlanCase::Click::Deny ? ClickThrough::Decision::Deny
                                                                        : ClickThrough::Decision::Approve;
    options.loginAsked = !m_result.planCase.login.isEmpty();
    if (options.loginAsked)
        options.login = m_result.planCase.login;
    options.brand = m_result.planCase.brand;
    options.linkMake = m_request.make;
    return options;
}

void PlanCaseRun::start()
{
    m_result.status = CaseResult::Status::Running;
    m_request = connectlab::plan::TestPlan::requestFor(m_setup.base, m_result.planCase);
    if (m_setup.builtInSandbox) {
        m_sandbox = std::make_unique<connectlab::sandbox::SandboxServer>();
        connectlab::sandbox::SandboxFaults faults;
        QString why;
        if (!m_result.planCase.faults.isEmpty() &&
            !connectlab::sandbox::SandboxFaults::fromJson(m_result.planCase.faults, &faults, &why)) {
            m_result.link = UrlBuilder::build(m_request);
            m_flowEnded = true;
            m_result.outcome = QStringLiteral("load_failed");
            m_result.detail = why;
            judge();
            return;
        }
        m_sandbox->setFaults(faults);
        if (!m_sandbox->listen(0)) {
            m_result.link = UrlBuilder::build(m_request);
            m_flowEnded = true;
            m_result.outcome = QStringLiteral("load_failed");
            m_result.detail = tr("The built-in sandbox could not listen on 127.0.0.1.");
            judge();
            return;
        }
        m_request.baseUrl = m_sandbox->baseUrl().toString();
    }
    m_result.link = UrlBuilder::build(m_request);
    const QUrl link(m_result.link);

    m_profile = new FlowProfile();
    m_run = new FlowRun(m_profile);
    m_run->setHttpErrorsFail(true);
    if (m_result.planCase.click != PlanCase::Click::None)
        ClickThrough::install(m_run->page(), clickOptions());
    connect(m_run, &FlowRun::stepTaken, this, [this](const QString &step) {
        m_result.steps = m_run->steps();
        Q_EMIT stepTaken(step);
        QString why;
        if (!m_flowEnded && ClickThrough::brandMissing(clickOptions(), m_run->steps(), &why)) {
            m_result.notPerformed = why;
            flowEnded(QStringLiteral("load_failed"), why);
        }
    });
    connect(m_run, &FlowRun::caught, this, [this](const CallbackResult &result) {
        QString outcome = CallbackResult::outcomeName(result.outcome());
        m_result.error = result.error();
        m_result.errorDescription = result.errorDescription();
        m_result.stateCheck = CallbackResult::stateCheckName(result.stateCheck());
        m_result.userId = result.userId();
        QString detail;
        if (result.outcome() == CallbackResult::Outcome::Error)
            detail = connectlab::flow::ErrorExplainer::explain(result.error()).meaning;
        else if (result.outcome() == CallbackResult::Outcome::None) {
            outcome = QStringLiteral("error");
            detail = tr("The callback carried no code, user_id or error.");
        }
        if (m_result.planCase.click != PlanCase::Click::None)
            m_result.notPerformed = ClickThrough::notPerformed(clickOptions(), m_run->steps(), outcome);
        flowEnded(outcome, detail);
    });
    connect(m_run, &FlowRun::connectErrorPageShown, this,
            [this](const connectlab::flow::ConnectErrorPage &page) {
                m_result.error = connectlab::flow::ConnectErrorPage::kindName(page.kind());
                flowEnded(QStringLiteral("connect_error_page"), page.message());
            });
    connect(m_run, &FlowRun::loadFailed, this,
            [this](const QString &reason) { flowEnded(QStringLiteral("load_failed"), reason); });
    m_timeout.start(m_setup.timeoutSeconds * 1000);
    m_run->start(link, HeadlessFlowRunner::matcherFor(link), m_request.state);
}

void PlanCaseRun::flowEnded(const QString &outcome, const QString &detail)
{
    if (m_flowEnded)
        return;
    m_flowEnded = true;
    m_result.outcome = outcome;
    m_result.detail = detail;
    if (m_run) {
        m_result.elapsedMs = m_run->elapsedMs();
        m_result.steps = m_run->steps();
        if (m_run->isRunning())
            m_run->stop();
        if (m_result.stateCheck.isEmpty())
            m_result.stateCheck =
                CallbackResult::stateCheckName(CallbackResult::stateCheckWithoutCallback(m_request.state));
    }
    const auto &expect = m_result.planCase.expect;
    if (outcome == QLatin1String("code") && m_result.notPerformed.isEmpty() &&
        (expect.exchanges >= 0 || expect.minVehicles >= 0)) {
        exchange(m_run->result().code());
        return;
    }
    judge();
}

void PlanCaseRun::exchange(const QString &code)
{
    QString secret = m_setup.clientSecret;
    QString redirectUri = m_request.redirectUri;
    if (m_sandbox) {
        if (const auto *app = m_sandbox->config().app(m_request.clientId)) {
            secret = app->clientSecret;
            if (redirectUri.isEmpty() && !app->redirectUris.isEmpty())
                redirectUri = app->redirectUris.first();
        }
    }
    if (secret.isEmpty()) {
        m_result.exchange = 0;
        m_result.exchangeDetail =
            tr("No client secret to exchange the code with: the sandbox does not know the "
               "app, and the plan names no \"client_secret_env\".");
        judge();
        return;
    }
    m_network = new QNetworkAccessManager(this);
    auto *tokens = new TokenClient(m_network, this);
    const QUrl origin = m_sandbox ? m_sandbox->baseUrl() : QUrl(m_request.baseUrl);
    const ApiTarget target = m_sandbox ? ApiTarget::singleOrigin(origin) : ApiTarget::smartcar();
    tokens->setTarget(target);
    tokens->setCredentials(m_request.clientId, secret);
    connect(tokens, &TokenClient::succeeded, this, [this](const TokenSet &set) {
        m_result.exchange = 1;
        if (m_result.planCase.expect.minVehicles >= 0)
            listVehicles(set.accessToken);
        else
            judge();
    });
    connect(tokens, &TokenClient::failed, this, [this](const ApiError &error) {
        m_result.exchange = 0;
        m_result.exchangeDetail = error.summary();
        judge();
    });
    tokens->exchangeCode(code, redirectUri);
}

void PlanCaseRun::listVehicles(const QString &accessToken)
{
    auto *vehicles = new VehicleClient(m_network, this);
    vehicles->setTarget(m_sandbox ? ApiTarget::singleOrigin(m_sandbox->baseUrl()) : ApiTarget::smartcar());
    connect(vehicles, &VehicleClient::vehiclesListed, this, [this](const QList<VehicleInfo> &list) {
        m_result.vehicles = int(list.size());
        judge();
    });
    connect(vehicles, &VehicleClient::failed, this, [this](const ApiError &error) {
        m_result.exchangeDetail = error.summary();
        judge();
    });
    vehicles->listVehicles(accessToken);
}

void PlanCaseRun::judge()
{
    connectlab::plan::Verdict::judge(&m_result);
    if (m_result.status == CaseResult::Status::Failed && m_setup.screenshots && m_run) {
        takeScreenshot();
        return;
    }
    done();
}

void PlanCaseRun::takeScreenshot()
{
    // The page ran without a view; show it in one (offscreen) long enough for a frame, then grab.
    m_view = new QWebEngineView();
    m_view->setAttribute(Qt::WA_DontShowOnScreen);
    m_view->setPage(m_run->page());
    m_view->resize(800, 600);
    m_view->show();
    QTimer::singleShot(400, this, [this] {
        QBuffer buffer(&m_result.screenshotPng);
        buffer.open(QIODevice::WriteOnly);
        m_view->grab().toImage().save(&buffer, "PNG");
        done();
    });
}

void PlanCaseRun::done()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    for (const NavigationEvent &event : m_run ? m_run->navigations() : QList<NavigationEvent>())
        m_result.timeline.append({event.tMs, event.kind, event.url.toString(QUrl::FullyEncoded)});
    if (m_sandbox)
        m_sandbox->close();
    Q_EMIT finished();
}

} // namespace connectlab::web
