#include "FlowPanel.h"

#include "CodeMask.h"
#include "CustomSchemeHandler.h"
#include "FlowBrowser.h"
#include "FlowPage.h"
#include "FlowProfile.h"
#include "FlowResultHtml.h"
#include "FlowResultView.h"
#include "FlowRun.h"
#include "NavigationTimelineModel.h"
#include "NavigationTimelineView.h"
#include "SystemBrowserRun.h"
#include "Theme.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMetaMethod>
#include <QProgressBar>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWebEngineHistory>

namespace connectlab::web {

using connectlab::flow::CallbackResult;
using connectlab::flow::RedirectMatcher;

FlowPanel::FlowPanel(QWidget *parent) : FlowRunner(parent), m_systemBrowser(new SystemBrowserRun(this))
{
    setObjectName(QStringLiteral("flowPanel"));
    connect(m_systemBrowser, &SystemBrowserRun::callbackReceived, this, [this](const QUrl &callback) {
        if (m_run)
            m_run->acceptExternalCallback(callback, QStringLiteral("callback (system browser)"));
    });

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("flowToolBar"));
    m_runAction = m_toolBar->addAction(tr("Run again"), this, &FlowPanel::runAgain);
    m_runAction->setObjectName(QStringLiteral("flowRunAction"));
    m_runAction->setToolTip(tr("Run the link again in a fresh browser session"));
    m_stopAction = m_toolBar->addAction(tr("Stop"), this, &FlowPanel::stop);
    m_stopAction->setObjectName(QStringLiteral("flowStopAction"));
    m_reloadAction = m_toolBar->addAction(tr("Reload"), this, [this] {
        if (page())
            page()->triggerAction(QWebEnginePage::Reload);
    });
    m_reloadAction->setObjectName(QStringLiteral("flowReloadAction"));
    m_backAction = m_toolBar->addAction(tr("Back"), this, [this] {
        if (m_browser->isNoticeShown())
            onInfoLink(QStringLiteral("#last-page")); // from "redirect caught" to the last Connect page
        else if (page())
            page()->triggerAction(QWebEnginePage::Back);
    });
    m_backAction->setObjectName(QStringLiteral("flowBackAction"));
    m_toolBar->addSeparator();
    m_keepSession = new QCheckBox(tr("Keep session between runs"), this);
    m_keepSession->setObjectName(QStringLiteral("flowKeepSession"));
    m_keepSession->setToolTip(
        tr("Off: every run starts in a fresh private browser (no cookies). On: runs share "
           "cookies, e.g. to see approval_prompt=auto skip the permission screen."));
    m_toolBar->addWidget(m_keepSession);

    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("flowAddress"));
    m_address->setReadOnly(true);
    m_address->setPlaceholderText(tr("The browser's current address"));
    m_address->setAccessibleName(tr("Current address"));

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("flowProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumHeight(6);
    m_progress->setTextVisible(false);
    QSizePolicy progressPolicy = m_progress->sizePolicy();
    progressPolicy.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(progressPolicy);
    m_progress->setVisible(false); // only while a page loads

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("flowNotice"));
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(6);

    m_browser = new FlowBrowser(this);
    connect(m_browser, &FlowBrowser::linkActivated, this, &FlowPanel::onInfoLink);

    m_resultView = new FlowResultView(this);
    connect(m_resultView, &FlowResultView::runAgainRequested, this, &FlowPanel::runAgain);
    connect(m_resultView, &FlowResultView::systemBrowserRequested, this, &FlowPanel::runInSystemBrowser);

    m_timelineModel = new NavigationTimelineModel(this);
    m_timeline = new NavigationTimelineView(this);
    m_timeline->setObjectName(QStringLiteral("flowTimeline"));
    m_timeline->setModel(m_timelineModel);
    auto updateTimelineTab = [this] {
        const int count = m_timelineModel->rowCount();
        m_bottomTabs->setTabText(m_bottomTabs->indexOf(m_timeline),
                                 count ? tr("Navigations (%1)").arg(count) : tr("Navigations"));
    };
    connect(m_timelineModel, &QAbstractItemModel::rowsInserted, this, updateTimelineTab);
    connect(m_timelineModel, &QAbstractItemModel::modelReset, this, updateTimelineTab);

    m_reveal = new QCheckBox(tr("Reveal code"), this);
    m_reveal->setObjectName(QStringLiteral("flowRevealCode"));
    m_reveal->setToolTip(tr("The authorization code is masked until you reveal it, in the result and in "
                            "the navigations"));
    connect(m_reveal, &QCheckBox::toggled, this, [this](bool reveal) {
        m_timelineModel->setRevealed(reveal);
        m_resultView->setRevealCode(reveal);
        if (hasResult())
            setAddress(result().callbackUrl());
    });

    m_bottomTabs = new QTabWidget(this);
    m_bottomTabs->setObjectName(QStringLiteral("flowBottomTabs"));
    m_bottomTabs->setDocumentMode(true);
    m_bottomTabs->addTab(m_resultView, tr("Result"));
    m_bottomTabs->addTab(m_timeline, tr("Navigations"));
    m_bottomTabs->setCornerWidget(m_reveal, Qt::TopRightCorner);

    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setObjectName(QStringLiteral("flowSplitter"));
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_browser);
    m_split->addWidget(m_bottomTabs);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_address);
    layout->addWidget(m_progress);
    layout->addWidget(m_notice);
    layout->addWidget(m_split, 1);

    updateActions();
}

FlowPanel::~FlowPanel()
{
    // Pages before their profile.
    m_browser->setPage(nullptr);
    m_timelineModel->follow(nullptr);
    delete m_run;
    m_run = nullptr;
    delete m_profile;
    m_profile = nullptr;
}

void FlowPanel::setUrlOpener(std::function<bool(const QUrl &)> opener)
{
    m_systemBrowser->setUrlOpener(std::move(opener));
}

void FlowPanel::setKeepSession(bool keep)
{
    m_keepSession->setChecked(keep);
}

bool FlowPanel::keepSession() const
{
    return m_keepSession->isChecked();
}

bool FlowPanel::isRunning() const
{
    return m_run && m_run->isRunning();
}

bool FlowPanel::isWaiting() const
{
    return isRunning() || m_systemBrowser->isListening();
}

const CallbackResult &FlowPanel::result() const
{
    return m_resultView->result();
}

bool FlowPanel::hasResult() const
{
    return m_resultView->hasResult();
}

FlowPage *FlowPanel::page() const
{
    return m_run ? m_run->page() : nullptr;
}

QString FlowPanel::resultText() const
{
    return m_resultView->text();
}

void FlowPanel::setAddress(const QUrl &url)
{
    const QString text = url.toString(QUrl::FullyEncoded);
    m_address->setText(m_reveal->isChecked() ? text : CodeMask::mask(text));
}

void FlowPanel::run(const QUrl &url, const QUrl &redirectUri, const QString &sentState)
{
    m_systemBrowser->stop();
    m_url = url;
    m_redirectUri = redirectUri;
    m_sentState = sentState;
    m_viaSystemBrowser = false;
    m_notice->setVisible(false);
    m_bottomTabs->setCurrentWidget(m_resultView);

    // The old page goes before its profile (deleteLater runs in posting order).
    FlowRun *oldRun = m_run;
    FlowProfile *oldProfile = nullptr;
    if (oldRun)
        oldRun->stop();
    if (!m_profile || !keepSession()) {
        oldProfile = m_profile;
        m_profile = new FlowProfile(this);
    }
    m_run = new FlowRun(m_profile, this);
    m_run->page()->setDarkTheme(Theme::isDark(palette()), palette().color(QPalette::Base));
    if (m_clickThrough)
        ClickThrough::install(m_run->page(), *m_clickThrough);
    m_browser->setPage(m_run->page());
    m_timelineModel->follow(m_run);
    if (oldRun)
        oldRun->deleteLater();
    if (oldProfile)
        oldProfile->deleteLater();

    FlowPage *flowPage = m_run->page();
    connect(m_run, &FlowRun::caught, this, &FlowPanel::onCaught);
    connect(m_run, &FlowRun::loadFailed, this, &FlowPanel::onLoadFailed);
    connect(m_run, &FlowRun::connectErrorPageShown, this, &FlowPanel::onConnectErrorPage);
    connect(flowPage, &QWebEnginePage::urlChanged, this, [this](const QUrl &current) {
        // Once the redirect is caught the address keeps showing the callback.
        if (!hasResult())
            setAddress(current);
    });
    connect(flowPage, &QWebEnginePage::loadStarted, this, [this] {
        m_progress->setValue(0);
        m_progress->setVisible(true);
        updateActions();
    });
    connect(flowPage, &QWebEnginePage::loadProgress, m_progress, &QProgressBar::setValue);
    connect(flowPage, &QWebEnginePage::loadFinished, this, [this] {
        m_progress->setValue(100);
        m_progress->setVisible(false);
        updateActions();
    });
    connect(flowPage, &FlowPage::certificateRejected, this, [this](const QUrl &where, const QString &what) {
        m_notice->setText(
            tr("Certificate error at %1: %2. Connect Lab rejected the certificate; it never accepts "
               "a bad one.")
                .arg(where.host(), what));
        m_notice->setVisible(true);
    });

    const QString scheme = redirectUri.scheme().toLower();
    if (CustomSchemeHandler::isCustomScheme(scheme) && !CustomSchemeHandler::isRegistered(scheme)) {
        m_notice->setText(
            tr("The redirect URI uses the custom scheme \"%1\", which was not registered when Connect "
               "Lab started, so the embedded browser cannot catch a redirect to it. Restart Connect "
               "Lab (at start it registers the schemes of the saved session and of a link given on "
               "the command line), then run again.")
                .arg(scheme));
        m_notice->setVisible(true);
    }

    const RedirectMatcher matcher = redirectUri.isValid() && !redirectUri.isEmpty()
                                        ? RedirectMatcher(redirectUri)
                                        : RedirectMatcher::anyCallback({url});
    m_resultView->showStatus(matcher.isAnyCallback()
                                 ? tr("Running… waiting for a page that carries code or error.")
                                 : tr("Running… waiting for %1").arg(redirectUri.toString()));
    fitResultPane();
    Q_EMIT launched(url);
    m_run->start(url, matcher, sentState);
    updateActions();
}

void FlowPanel::runAgain()
{
    // The window knows the current link and draws a new state for it; alone, run the last link again.
    if (isSignalConnected(QMetaMethod::fromSignal(&FlowRunner::runAgainRequested)))
        Q_EMIT runAgainRequested();
    else if (m_url.isValid())
        run(m_url, m_redirectUri, m_sentState);
}

void FlowPanel::stop()
{
    const bool wasWaiting = isRunning() || m_systemBrowser->isListening();
    m_systemBrowser->stop();
    if (m_run)
        m_run->stop();
    if (wasWaiting) {
        if (m_viaSystemBrowser && !hasResult())
            m_browser->showPage();
        m_resultView->showStatus(tr("Stopped before the redirect: nothing came back."));
        fitResultPane();
        Q_EMIT finished(false, tr("stopped"), {});
    }
    updateActions();
}

void FlowPanel::runInSystemBrowser()
{
    if (!SystemBrowserRun::isAvailableFor(m_redirectUri) || !m_url.isValid())
        return;
    if (m_run)
        m_run->stop();
    m_viaSystemBrowser = true;
    QString error;
    if (!m_systemBrowser->start(m_url, m_redirectUri, &error)) {
        m_resultView->showFailure(tr("Cannot run in the system browser"), error);
        fitResultPane();
        updateActions();
        return;
    }
    Q_EMIT launched(m_url);
    const QString waiting = tr("Opened the link in your browser. Waiting for it to come back to %1 "
                               "(listening on 127.0.0.1:%2 only, once).")
                                .arg(m_redirectUri.toString())
                                .arg(m_systemBrowser->port());
    m_resultView->showStatus(waiting);
    m_browser->showNotice(FlowResultHtml::systemBrowserPage(waiting));
    fitResultPane();
    updateActions();
}

void FlowPanel::onCaught(const CallbackResult &result)
{
    m_systemBrowser->stop();
    m_resultView->showResult(result);
    setAddress(result.callbackUrl());
    // The browser stays on the last Connect page otherwise; say plainly what happened instead.
    m_progress->setVisible(false);
    showCaughtPage();
    m_bottomTabs->setCurrentWidget(m_resultView);
    fitResultPane();
    updateActions();
    Q_EMIT finished(result.isSuccess(), result.summary(), result.callbackUrl());
    if (!result.code().isEmpty())
        Q_EMIT codeReceived(result.code(), m_redirectUri);
    if (!result.userId().isEmpty())
        Q_EMIT userIdReceived(result.userId());
}

void FlowPanel::onConnectErrorPage(const connectlab::flow::ConnectErrorPage &page)
{
    // The page stays visible in the browser: it is what Connect showed. The result says what it means.
    m_progress->setVisible(false);
    m_resultView->showFailure(tr("Connect refused the link: %1").arg(page.message()), page.explanation());
    m_bottomTabs->setCurrentWidget(m_resultView);
    fitResultPane();
    updateActions();
    Q_EMIT finished(false, tr("Connect error page: %1").arg(page.message()), {});
}

void FlowPanel::onLoadFailed(const QString &reason)
{
    m_resultView->showFailure(tr("The page did not load"), reason);
    fitResultPane();
    Q_EMIT finished(false, tr("load failed: %1").arg(reason), {});
    updateActions();
}

void FlowPanel::showCaughtPage()
{
    m_browser->showNotice(FlowResultHtml::caughtPage(result(), palette(), m_viaSystemBrowser));
}

void FlowPanel::onInfoLink(const QString &link)
{
    if (link == QLatin1String("#last-page")) {
        m_browser->showPage();
        updateActions();
    } else if (link == QLatin1String("#run-again")) {
        runAgain();
    }
}

void FlowPanel::fitResultPane()
{
    const QList<int> sizes = m_split->sizes();
    const int total = sizes.size() == 2 ? sizes.at(0) + sizes.at(1) : 0;
    if (total <= 0 || !m_split->isVisible()) {
        m_fitPending = true;
        return;
    }
    m_fitPending = false;
    // The tab bar over the pane: measured once laid out, else its size hint.
    const QWidget *page = m_bottomTabs->currentWidget();
    int chrome = m_bottomTabs->height() - (page ? page->height() : 0);
    if (chrome <= 0 || chrome > 4 * m_bottomTabs->tabBar()->sizeHint().height())
        chrome = m_bottomTabs->tabBar()->sizeHint().height();
    const int wanted = chrome + m_resultView->preferredHeight(m_split->width());
    const int bottom = qBound(1, wanted, total - m_browser->minimumHeight());
    m_split->setSizes({total - bottom, bottom});
}

void FlowPanel::resizeEvent(QResizeEvent *event)
{
    FlowRunner::resizeEvent(event);
    // The splitter lays itself out in its own resize event, after this one.
    if (m_fitPending)
        QMetaObject::invokeMethod(this, &FlowPanel::fitResultPane, Qt::QueuedConnection);
}

void FlowPanel::changeEvent(QEvent *event)
{
    FlowRunner::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && hasResult() && m_browser->isNoticeShown())
        showCaughtPage();
}

void FlowPanel::updateActions()
{
    const bool haveUrl = m_url.isValid();
    const bool caught = hasResult();
    m_runAction->setEnabled(haveUrl);
    m_resultView->setRunAgainEnabled(haveUrl);
    m_stopAction->setEnabled(isWaiting());
    if (isWaiting() != m_wasWaiting) {
        m_wasWaiting = isWaiting();
        Q_EMIT waitingChanged(m_wasWaiting);
    }
    // After the redirect was caught, Run again is the way on: reloading or going back in Connect would
    // happen outside any run. Back still leaves the "redirect caught" page for the last Connect page.
    const bool noticeShown = m_browser->isNoticeShown();
    m_reloadAction->setEnabled(page() != nullptr && !caught && !noticeShown);
    m_backAction->setEnabled(caught ? noticeShown && page() != nullptr
                                    : page() && !noticeShown && page()->history()->canGoBack());
    m_backAction->setToolTip(caught ? tr("Show the last Connect page behind the result")
                                    : tr("Back to the previous page"));
    m_reloadAction->setToolTip(caught ? tr("The redirect was caught: use Run again")
                                      : tr("Reload the current page"));
    const bool loopback = SystemBrowserRun::isAvailableFor(m_redirectUri);
    m_resultView->setSystemBrowserEnabled(
        haveUrl && loopback, loopback ? tr("Open the link in your desktop browser and catch the callback on "
                                           "127.0.0.1:%1")
                                            .arg(m_redirectUri.port())
                                      : tr("Needs a loopback redirect URI, http://localhost:PORT/…"));
}

} // namespace connectlab::web
