#include "FlowRun.h"

#include "ClickThrough.h"
#include "FlowPage.h"
#include "FlowProfile.h"
#include "Logging.h"

#include <QPointer>
#include <QWebEngineLoadingInfo>
#include <QWebEngineProfile>
#include <QWebEngineScript>

namespace connectlab::web {

using connectlab::logging::loggable;

namespace {
// Chromium's net::ERR_ABORTED: a navigation replaced by another one, or refused by acceptNavigationRequest.
constexpr int ErrAborted = -3;
} // namespace

FlowRun::FlowRun(QWebEngineProfile *profile, QObject *parent)
    : QObject(parent), m_page(new FlowPage(profile, this))
{
    connect(m_page, &FlowPage::navigationSeen, this, [this](const QUrl &url, const QString &kind) {
        if (m_status == Status::Running)
            record(kind, url);
    });
    connect(m_page, &FlowPage::callbackCaught, this, &FlowRun::catchCallback);
    connect(m_page, &FlowPage::consoleMessage, this, [this](const QString &message) {
        QString step;
        if (m_status != Status::Idle && ClickThrough::readStep(message, &step)) {
            m_steps.append(step);
            Q_EMIT stepTaken(step);
        }
    });
    connect(m_page, &FlowPage::popupCreated, this, [this](FlowPage *popup) {
        if (m_status == Status::Running)
            record(QStringLiteral("popup"), popup->requestedUrl());
    });
    connect(m_page, &FlowPage::certificateRejected, this,
            [this](const QUrl &url, const QString &description) {
                record(QStringLiteral("certificate rejected: ") + description, url);
            });
    if (auto *flowProfile = qobject_cast<FlowProfile *>(profile)) {
        // A custom-scheme request that reached the handler: a sub-resource or a navigation that did not
        // match. It can still be the callback (a navigation the page did not report), so match it too.
        connect(flowProfile, &FlowProfile::customSchemeRequested, this, [this](const QUrl &url) {
            if (m_status != Status::Running)
                return;
            if (m_matcher.matches(url))
                catchCallback(url, QStringLiteral("custom-scheme"));
            else
                record(QStringLiteral("custom-scheme (served)"), url);
        });
    }
    connect(m_page, &QWebEnginePage::loadingChanged, this, [this](const QWebEngineLoadingInfo &info) {
        if (m_status != Status::Running)
            return;
        const bool httpError = info.errorDomain() == QWebEngineLoadingInfo::HttpStatusCodeDomain;
        if (info.status() == QWebEngineLoadingInfo::LoadSucceededStatus ||
            (info.status() == QWebEngineLoadingInfo::LoadFailedStatus && httpError)) {
            inspectPage(httpError ? info.errorCode() : 200, info.url());
            return;
        }
        if (info.status() != QWebEngineLoadingInfo::LoadFailedStatus || info.errorCode() == ErrAborted)
            return;
        fail(QStringLiteral("%1 (%2) at %3")
                 .arg(info.errorString())
                 .arg(info.errorCode())
                 .arg(info.url().toString()),
             info.url());
    });
}

void FlowRun::inspectPage(int httpStatus, const QUrl &url)
{
    const quint64 load = ++m_loads;
    // The isolated world: the page's own scripts cannot change what is read.
    static const QString script = QStringLiteral(
        "(document.title || '') + '\\n' + (document.body ? document.body.innerText.slice(0, 4000) : '')");
    QPointer<FlowRun> self(this);
    m_page->runJavaScript(
        script, QWebEngineScript::ApplicationWorld, [self, load, httpStatus, url](const QVariant &value) {
            if (!self || self->m_status != Status::Running || load != self->m_loads)
                return;
            const QString text = value.toString();
            const qsizetype newline = text.indexOf(u'\n');
            const auto page = connectlab::flow::ConnectErrorPage::recognize(
                httpStatus, text.left(newline), newline < 0 ? QString() : text.mid(newline + 1));
            if (page.isErrorPage()) {
                self->m_errorPage = page;
                self->m_failure = page.message();
                self->record(QStringLiteral("connect error page"), url);
                self->m_status = Status::ConnectErrorPage;
                Q_EMIT self->connectErrorPageShown(page);
            } else if (httpStatus >= 400 && self->m_httpErrorsFail) {
                self->fail(QStringLiteral("HTTP %1 at %2").arg(httpStatus).arg(url.toString()), url);
            }
        });
}

void FlowRun::fail(const QString &reason, const QUrl &url)
{
    m_failure = reason;
    qCDebug(lcFlow, "load failed at %s", qPrintable(loggable(url)));
    record(QStringLiteral("load failed"), url);
    m_status = Status::LoadFailed;
    Q_EMIT loadFailed(m_failure);
}

FlowRun::~FlowRun() = default;

void FlowRun::start(const QUrl &url, const connectlab::flow::RedirectMatcher &matcher,
                    const QString &sentState)
{
    m_url = url;
    m_matcher = matcher;
    m_sentState = sentState;
    m_result = {};
    m_navigations.clear();
    m_steps.clear();
    m_failure.clear();
    m_page->setMatcher(matcher);
    m_status = Status::Running;
    m_clock.start();
    qCDebug(lcFlow, "run %s, waiting for %s", qPrintable(loggable(url)),
            qPrintable(matcher.isAnyCallback() ? QStringLiteral("any callback")
                                               : loggable(matcher.redirectUri())));
    m_page->load(url);
}

void FlowRun::stop()
{
    if (m_status == Status::Running) {
        m_status = Status::Stopped;
        m_page->triggerAction(QWebEnginePage::Stop);
    }
}

qint64 FlowRun::elapsedMs() const
{
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}

void FlowRun::record(const QString &kind, const QUrl &url)
{
    qCDebug(lcFlow, "%6lld ms %s %s", static_cast<long long>(elapsedMs()), qPrintable(kind),
            qPrintable(loggable(url)));
    NavigationEvent event{elapsedMs(), kind, url};
    m_navigations.append(event);
    Q_EMIT navigationRecorded(event);
}

void FlowRun::catchCallback(const QUrl &url, const QString &kind)
{
    if (m_status != Status::Running)
        return;
    m_status = Status::Caught;
    m_result = connectlab::flow::CallbackResult::parse(url, m_sentState);
    qCDebug(lcFlow, "caught the redirect to %s after %lld ms: %s", qPrintable(loggable(url)),
            static_cast<long long>(elapsedMs()),
            qPrintable(connectlab::flow::CallbackResult::outcomeName(m_result.outcome())));
    record(kind.startsWith(QLatin1String("callback")) ? kind : QStringLiteral("callback"), url);
    Q_EMIT caught(m_result);
}

void FlowRun::acceptExternalCallback(const QUrl &url, const QString &kind)
{
    if (m_status == Status::Caught)
        return;
    if (!m_clock.isValid())
        m_clock.start();
    m_status = Status::Running;
    catchCallback(url, kind);
}

} // namespace connectlab::web
