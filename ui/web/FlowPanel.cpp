#include "FlowPanel.h"

#include "CustomSchemeHandler.h"
#include "ErrorExplainer.h"
#include "FlowPage.h"
#include "FlowProfile.h"
#include "FlowRun.h"
#include "LoopbackListener.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWebEngineHistory>
#include <QWebEngineView>
#include <QWhatsThis>

namespace connectlab::web {

using connectlab::flow::CallbackResult;
using connectlab::flow::ErrorExplainer;
using connectlab::flow::LoopbackListener;
using connectlab::flow::RedirectMatcher;

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const QString systemBrowserHintText = QStringLiteral(
    "Use the system browser for brands that refuse embedded browsers: Ford and Lincoln (they require "
    "Smartcar's mobile SDKs) and, today, BMW and MINI (their login fails behind a captcha). It needs a "
    "loopback redirect URI (http://localhost:PORT/…): Connect Lab then listens once on 127.0.0.1:PORT and "
    "catches the callback itself.");

} // namespace

FlowPanel::FlowPanel(QWidget *parent)
    : FlowRunner(parent), m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("flowPanel"));

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
        if (isInfoPageShown())
            showBrowser(); // back from the "redirect caught" page to the last Connect page
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
    m_notice->setStyleSheet(QStringLiteral("QLabel { border: 1px solid palette(mid); padding: 6px; }"));

    m_view = new QWebEngineView(this);
    m_view->setObjectName(QStringLiteral("flowView"));
    m_view->setMinimumHeight(160);

    // Shown over the browser once the redirect is caught: the last Connect page would say otherwise.
    m_infoPage = new QWidget(this);
    m_infoPage->setObjectName(QStringLiteral("flowInfoPage"));
    m_infoPage->setBackgroundRole(QPalette::Base);
    m_infoPage->setAutoFillBackground(true);
    m_infoLabel = new QLabel(m_infoPage);
    m_infoLabel->setObjectName(QStringLiteral("flowInfoText"));
    m_infoLabel->setWordWrap(true);
    m_infoLabel->setTextFormat(Qt::RichText);
    m_infoLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_infoLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse |
                                         Qt::LinksAccessibleByKeyboard);
    connect(m_infoLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("#last-page"))
            showBrowser();
        else if (link == QLatin1String("#run-again"))
            runAgain();
    });
    auto *infoLayout = new QVBoxLayout(m_infoPage);
    infoLayout->setContentsMargins(24, 16, 24, 16);
    infoLayout->addWidget(m_infoLabel);
    infoLayout->addStretch(1);

    m_viewStack = new QStackedWidget(this);
    m_viewStack->setObjectName(QStringLiteral("flowViewStack"));
    m_viewStack->addWidget(m_view);
    m_viewStack->addWidget(m_infoPage);
    m_viewStack->setMinimumHeight(160);

    // Result: the outcome first, full width, wrapping and scrollable; its buttons always visible.
    m_resultTab = new QWidget(this);
    m_resultTab->setObjectName(QStringLiteral("flowResultTab"));
    m_resultView = new QTextBrowser(m_resultTab);
    m_resultView->setObjectName(QStringLiteral("flowResult"));
    m_resultView->setOpenLinks(false);
    m_resultView->setFrameShape(QFrame::NoFrame);
    m_resultView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Long URLs and states have no spaces: break them anywhere rather than clip them.
    m_resultView->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_resultView->viewport()->setAutoFillBackground(false);
    m_resultView->setAccessibleName(tr("Result"));
    m_copyCode = new QPushButton(tr("Copy code"), m_resultTab);
    m_copyCode->setObjectName(QStringLiteral("flowCopyCode"));
    connect(m_copyCode, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_result.code()); });
    m_copyCallback = new QPushButton(tr("Copy callback URL"), m_resultTab);
    m_copyCallback->setObjectName(QStringLiteral("flowCopyCallback"));
    connect(m_copyCallback, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_result.callbackUrl().toString(QUrl::FullyEncoded));
    });
    m_runAgain = new QPushButton(tr("Run again"), m_resultTab);
    m_runAgain->setObjectName(QStringLiteral("flowRunAgain"));
    connect(m_runAgain, &QPushButton::clicked, this, &FlowPanel::runAgain);
    m_systemBrowser = new QPushButton(tr("Run in system browser"), m_resultTab);
    m_systemBrowser->setObjectName(QStringLiteral("flowSystemBrowser"));
    connect(m_systemBrowser, &QPushButton::clicked, this, &FlowPanel::runInSystemBrowser);
    m_systemBrowserHint = new QLabel(m_resultTab);
    m_systemBrowserHint->setObjectName(QStringLiteral("flowSystemBrowserHint"));
    m_systemBrowserHint->setTextFormat(Qt::RichText);
    m_systemBrowserHint->setText(esc(tr("Ford, Lincoln, BMW or MINI? They refuse embedded browsers: use the "
                                        "system browser.")) +
                                 QStringLiteral(" <a href=\"#why\">") + esc(tr("Why?")) +
                                 QStringLiteral("</a>"));
    m_systemBrowserHint->setWordWrap(true);
    m_systemBrowserHint->setToolTip(systemBrowserHintText);
    m_systemBrowserHint->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_systemBrowserHint, &QLabel::linkActivated, this, [this] {
        QWhatsThis::showText(m_systemBrowserHint->mapToGlobal(m_systemBrowserHint->rect().bottomLeft()),
                             systemBrowserHintText, m_systemBrowserHint);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyCode);
    buttons->addWidget(m_copyCallback);
    buttons->addWidget(m_runAgain);
    buttons->addStretch();
    buttons->addWidget(m_systemBrowser);
    auto *resultLayout = new QVBoxLayout(m_resultTab);
    resultLayout->setContentsMargins(6, 6, 6, 6);
    resultLayout->addWidget(m_resultView, 1);
    resultLayout->addLayout(buttons);
    resultLayout->addWidget(m_systemBrowserHint);

    // Timeline: time, kind, and the URL taking the rest of the width.
    m_timeline = new QTableWidget(0, 3, this);
    m_timeline->setObjectName(QStringLiteral("flowTimeline"));
    m_timeline->setHorizontalHeaderLabels({tr("Time"), tr("Kind"), tr("URL")});
    m_timeline->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_timeline->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_timeline->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_timeline->verticalHeader()->setVisible(false);
    m_timeline->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->setWordWrap(false);
    m_timeline->setTextElideMode(Qt::ElideMiddle);

    m_reveal = new QCheckBox(tr("Reveal code"), this);
    m_reveal->setObjectName(QStringLiteral("flowRevealCode"));
    m_reveal->setToolTip(tr("The authorization code is masked until you reveal it, in the result and in "
                            "the navigations"));
    connect(m_reveal, &QCheckBox::toggled, this, [this](bool reveal) {
        refreshTimeline();
        showResult();
        if (m_hasResult) {
            const QString callback = m_result.callbackUrl().toString(QUrl::FullyEncoded);
            m_address->setText(reveal ? callback : maskCode(callback));
        }
    });

    m_bottomTabs = new QTabWidget(this);
    m_bottomTabs->setObjectName(QStringLiteral("flowBottomTabs"));
    m_bottomTabs->setDocumentMode(true);
    m_bottomTabs->addTab(m_resultTab, tr("Result"));
    m_bottomTabs->addTab(m_timeline, tr("Navigations"));
    m_bottomTabs->setCornerWidget(m_reveal, Qt::TopRightCorner);

    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setObjectName(QStringLiteral("flowSplitter"));
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_viewStack);
    m_split->addWidget(m_bottomTabs);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 0);
    m_split->setSizes({460, 240});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_address);
    layout->addWidget(m_progress);
    layout->addWidget(m_notice);
    layout->addWidget(m_split, 1);

    showMessage(
        tr("Press Run to open the link here. Connect Lab catches the redirect to your redirect URI, so "
           "nothing reaches your server, and shows what came back."));
    updateActions();
}

FlowPanel::~FlowPanel()
{
    // Pages before their profile.
    if (m_view)
        m_view->setPage(nullptr);
    delete m_run;
    m_run = nullptr;
    delete m_profile;
    m_profile = nullptr;
}

void FlowPanel::setUrlOpener(std::function<bool(const QUrl &)> opener)
{
    m_opener = std::move(opener);
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

FlowPage *FlowPanel::page() const
{
    return m_run ? m_run->page() : nullptr;
}

QString FlowPanel::maskCode(const QString &url)
{
    static const QRegularExpression code(QStringLiteral("([?&#]code=)[^&#]*"));
    QString masked = url;
    masked.replace(code, QStringLiteral("\\1••••••"));
    return masked;
}

void FlowPanel::run(const QUrl &url, const QUrl &redirectUri, const QString &sentState)
{
    closeListener();
    m_url = url;
    m_redirectUri = redirectUri;
    m_sentState = sentState;
    m_result = {};
    m_hasResult = false;
    m_viaSystemBrowser = false;
    m_timeline->setRowCount(0);
    m_bottomTabs->setTabText(m_bottomTabs->indexOf(m_timeline), tr("Navigations"));
    m_bottomTabs->setCurrentWidget(m_resultTab);
    m_notice->setVisible(false);
    showBrowser();

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
    m_view->setPage(m_run->page());
    if (oldRun)
        oldRun->deleteLater();
    if (oldProfile)
        oldProfile->deleteLater();

    FlowPage *flowPage = m_run->page();
    connect(m_run, &FlowRun::navigationRecorded, this, &FlowPanel::onNavigation);
    connect(m_run, &FlowRun::caught, this, &FlowPanel::onCaught);
    connect(m_run, &FlowRun::loadFailed, this, [this](const QString &reason) {
        showMessage(QStringLiteral("<h3>") + esc(tr("The page did not load")) + QStringLiteral("</h3><p>") +
                    esc(reason) + QStringLiteral("</p>"));
        Q_EMIT finished(false, tr("load failed: %1").arg(reason), {});
        updateActions();
    });
    connect(flowPage, &QWebEnginePage::urlChanged, this, [this](const QUrl &current) {
        // Once the redirect is caught the address keeps showing the callback.
        if (!m_hasResult)
            m_address->setText(maskCode(current.toString(QUrl::FullyEncoded)));
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
    connect(flowPage, &FlowPage::popupCreated, this, [this](FlowPage *popup) {
        // Popups stay in the same page class and profile; shown in their own small window.
        auto *window = new QWebEngineView;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->setObjectName(QStringLiteral("flowPopupView"));
        window->setWindowTitle(tr("Connect Lab popup"));
        window->setPage(popup);
        window->resize(640, 720);
        connect(popup, &QObject::destroyed, window, &QWidget::close);
        connect(this, &QObject::destroyed, window, &QWidget::close);
        window->show();
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
    showMessage(
        QStringLiteral("<p>") + esc(tr("Running… walk through Connect above. Waiting for a navigation to ")) +
        QStringLiteral("<code>") +
        esc(matcher.isAnyCallback() ? tr("any page carrying code or error") : redirectUri.toString()) +
        QStringLiteral("</code>.</p>"));
    Q_EMIT launched(url);
    m_run->start(url, matcher, sentState);
    updateActions();
}

void FlowPanel::runAgain()
{
    if (m_url.isValid())
        run(m_url, m_redirectUri, m_sentState);
}

void FlowPanel::stop()
{
    const bool wasWaiting = isRunning() || (m_listener && m_listener->isListening());
    closeListener();
    if (m_run)
        m_run->stop();
    if (wasWaiting) {
        if (m_viaSystemBrowser && !m_hasResult)
            showBrowser();
        showMessage(QStringLiteral("<p>") + esc(tr("Stopped before the redirect: nothing came back.")) +
                    QStringLiteral("</p>"));
        Q_EMIT finished(false, tr("stopped"), {});
    }
    updateActions();
}

void FlowPanel::runInSystemBrowser()
{
    if (!LoopbackListener::isLoopbackRedirect(m_redirectUri) || !m_url.isValid())
        return;
    closeListener();
    if (m_run)
        m_run->stop();
    m_result = {};
    m_hasResult = false;
    m_viaSystemBrowser = true;
    m_listener = new LoopbackListener(this);
    QString error;
    if (!m_listener->listen(m_redirectUri, &error)) {
        closeListener();
        showMessage(QStringLiteral("<h3>") + esc(tr("Cannot listen for the callback")) +
                    QStringLiteral("</h3><p>") + esc(error) + QStringLiteral("</p>"));
        return;
    }
    connect(m_listener, &LoopbackListener::callbackReceived, this, [this](const QUrl &callback) {
        if (m_run)
            m_run->acceptExternalCallback(callback, QStringLiteral("callback (system browser)"));
        closeListener();
    });
    Q_EMIT launched(m_url);
    if (!m_opener || !m_opener(m_url)) {
        closeListener();
        showMessage(QStringLiteral("<p>") + esc(tr("The desktop's browser could not be opened.")) +
                    QStringLiteral("</p>"));
        return;
    }
    const QString waiting = esc(tr("Opened the link in your browser. Waiting for it to come back to %1 "
                                   "(listening on 127.0.0.1:%2 only, once).")
                                    .arg(m_redirectUri.toString())
                                    .arg(m_listener ? m_listener->port() : 0));
    showMessage(QStringLiteral("<p>") + waiting + QStringLiteral("</p>"));
    showInfoPage(QStringLiteral("<h2>") + esc(tr("Running in your system browser")) +
                 QStringLiteral("</h2><p>") + waiting + QStringLiteral("</p><p>") +
                 esc(tr("Walk through Connect there; the result shows here when it comes back.")) +
                 QStringLiteral("</p>"));
    updateActions();
}

void FlowPanel::closeListener()
{
    if (m_listener) {
        m_listener->close();
        m_listener->deleteLater();
        m_listener = nullptr;
    }
}

void FlowPanel::onNavigation(const NavigationEvent &event)
{
    Q_UNUSED(event);
    refreshTimeline();
}

void FlowPanel::refreshTimeline()
{
    if (!m_run) {
        m_timeline->setRowCount(0);
        return;
    }
    const QList<NavigationEvent> &events = m_run->navigations();
    m_timeline->setRowCount(int(events.size()));
    for (int row = 0; row < events.size(); ++row) {
        const NavigationEvent &event = events.at(row);
        const QString url = event.url.toString(QUrl::FullyEncoded);
        const QString shown = m_reveal->isChecked() ? url : maskCode(url);
        auto *time = new QTableWidgetItem(QStringLiteral("%1 ms").arg(event.tMs));
        time->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_timeline->setItem(row, 0, time);
        m_timeline->setItem(row, 1, new QTableWidgetItem(event.kind));
        auto *urlItem = new QTableWidgetItem(shown);
        urlItem->setToolTip(shown);
        m_timeline->setItem(row, 2, urlItem);
    }
    m_bottomTabs->setTabText(m_bottomTabs->indexOf(m_timeline), tr("Navigations (%1)").arg(events.size()));
    m_timeline->scrollToBottom();
}

void FlowPanel::onCaught(const CallbackResult &result)
{
    m_result = result;
    m_hasResult = true;
    m_address->setText(maskCode(result.callbackUrl().toString(QUrl::FullyEncoded)));
    showResult();
    refreshTimeline();
    // The browser stays on the last Connect page otherwise; say plainly what happened instead.
    m_progress->setVisible(false);
    showInfoPage(caughtPageHtml());
    m_bottomTabs->setCurrentWidget(m_resultTab);
    fitResult();
    updateActions();
    Q_EMIT finished(result.outcome() == CallbackResult::Outcome::Code, result.summary(),
                    result.callbackUrl());
    if (!result.code().isEmpty())
        Q_EMIT codeReceived(result.code(), m_redirectUri);
}

QString FlowPanel::caughtPageHtml() const
{
    QString outcome;
    QString colour = QStringLiteral("#1a7f37");
    if (m_result.outcome() == CallbackResult::Outcome::Code) {
        outcome = QStringLiteral("✔ ") + (m_result.hasParameter(QStringLiteral("code"))
                                              ? tr("Authorization code received")
                                              : tr("Vehicle re-authenticated"));
    } else if (m_result.outcome() == CallbackResult::Outcome::Error) {
        colour = QStringLiteral("#cf222e");
        outcome = QStringLiteral("✖ ") + tr("Connect returned an error: %1").arg(m_result.error());
    } else {
        colour = QString();
        outcome = tr("The redirect came back without code or error");
    }
    const auto check = m_result.stateCheck();
    const bool badState =
        check == CallbackResult::StateCheck::Mismatch || check == CallbackResult::StateCheck::Missing;
    QUrl target = m_result.callbackUrl().adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    const QString where = target.toString();

    QString html;
    if (m_viaSystemBrowser) {
        html += QStringLiteral("<h2>") + esc(tr("Callback caught on 127.0.0.1")) +
                QStringLiteral("</h2><p>") +
                esc(tr("Your browser came back to %1, where Connect Lab was listening once; nothing else "
                       "received it."))
                    .arg(QStringLiteral("<code>") + esc(where) + QStringLiteral("</code>")) +
                QStringLiteral("</p>");
    } else {
        html += QStringLiteral("<h2>") + esc(tr("Redirect caught — it never left Connect Lab")) +
                QStringLiteral("</h2><p>") +
                esc(tr("Connect redirected to %1. Connect Lab stopped the browser there: no request reached "
                       "that address."))
                    .arg(QStringLiteral("<code>") + esc(where) + QStringLiteral("</code>")) +
                QStringLiteral("</p>");
    }
    html += QStringLiteral("<p style=\"font-size:large\"><b") +
            (colour.isEmpty() ? QString() : QStringLiteral(" style=\"color:%1\"").arg(colour)) +
            QStringLiteral(">") + esc(outcome) + QStringLiteral("</b><br>") +
            (badState ? QStringLiteral("<b style=\"color:#cf222e\">⚠ ") : QStringLiteral("<b>")) +
            esc(tr("State check: %1").arg(CallbackResult::stateCheckName(check))) +
            QStringLiteral("</b></p><p>") +
            esc(tr("The parameters, the state check and the copy buttons are under Result below.")) +
            QStringLiteral("</p><p><a href=\"#run-again\">") + esc(tr("Run again")) + QStringLiteral("</a>");
    if (!m_viaSystemBrowser)
        html += QStringLiteral(" &nbsp;·&nbsp; <a href=\"#last-page\">") +
                esc(tr("Show the last Connect page")) + QStringLiteral("</a>");
    html += QStringLiteral("</p>");
    return html;
}

void FlowPanel::showInfoPage(const QString &html)
{
    m_infoLabel->setText(html);
    m_viewStack->setCurrentWidget(m_infoPage);
}

void FlowPanel::showBrowser()
{
    m_viewStack->setCurrentWidget(m_view);
    updateActions();
}

bool FlowPanel::isInfoPageShown() const
{
    return m_viewStack->currentWidget() == m_infoPage;
}

void FlowPanel::fitResult()
{
    const QList<int> sizes = m_split->sizes();
    if (sizes.size() != 2 || sizes.at(0) + sizes.at(1) <= 0)
        return;
    const int total = sizes.at(0) + sizes.at(1);
    const QWidget *viewport = m_resultView->viewport();
    const int textHeight = int(m_resultView->document()->size().height());
    const int chrome = m_bottomTabs->height() - viewport->height();
    const int needed = textHeight + (chrome > 0 ? chrome : 120) + 2;
    const int bottom = qBound(sizes.at(1), needed, total - m_viewStack->minimumHeight());
    if (bottom > sizes.at(1))
        m_split->setSizes({total - bottom, bottom});
}

void FlowPanel::showMessage(const QString &html)
{
    m_messageHtml = html;
    m_resultView->setHtml(html);
}

void FlowPanel::showResult()
{
    if (!m_hasResult) {
        m_resultView->setHtml(m_messageHtml);
        return;
    }
    const bool reveal = m_reveal->isChecked();
    QString html;
    QStringList shownNames;
    auto row = [&](const QString &name, const QString &value) -> QString {
        const QString shown = (name == QLatin1String("code") && !reveal)
                                  ? QStringLiteral("•••••• (Reveal code to see it)")
                                  : value;
        return QStringLiteral("<tr><td><code>") + esc(name) + QStringLiteral("</code></td><td><code>") +
               esc(shown) + QStringLiteral("</code></td></tr>");
    };
    if (m_result.outcome() == CallbackResult::Outcome::Code) {
        html += QStringLiteral("<h3 style=\"color:#1a7f37\">✔ ") +
                esc(m_result.hasParameter(QStringLiteral("code")) ? tr("Authorization code received")
                                                                  : tr("Vehicle re-authenticated")) +
                QStringLiteral("</h3>");
        if (m_result.hasParameter(QStringLiteral("code")))
            html += QStringLiteral("<p>") +
                    esc(tr("Exchange it for tokens within 10 minutes, with the same redirect_uri.")) +
                    QStringLiteral("</p>");
    } else if (m_result.outcome() == CallbackResult::Outcome::Error) {
        const auto explanation = ErrorExplainer::explain(m_result.error());
        html += QStringLiteral("<h3 style=\"color:#cf222e\">✖ ") + esc(m_result.error()) +
                QStringLiteral(": ") + esc(explanation.title) + QStringLiteral("</h3>");
        html += QStringLiteral("<p>") + esc(explanation.meaning) + QStringLiteral("</p>");
        html += QStringLiteral("<p><b>") + esc(tr("What to do:")) + QStringLiteral("</b> ") +
                esc(explanation.nextStep) + QStringLiteral("</p>");
    } else {
        html += QStringLiteral("<h3>") + esc(tr("The redirect came back without code or error")) +
                QStringLiteral("</h3>");
    }
    html += QStringLiteral("<table cellspacing=\"2\" cellpadding=\"2\">");
    for (const auto &[name, value] : m_result.parameters())
        html += row(name, value);
    html += QStringLiteral("</table>");
    const auto check = m_result.stateCheck();
    const bool bad =
        check == CallbackResult::StateCheck::Mismatch || check == CallbackResult::StateCheck::Missing;
    html += QStringLiteral("<p>") +
            (bad ? QStringLiteral("<b style=\"color:#cf222e\">⚠ ") : QStringLiteral("<b>")) +
            esc(tr("State check: %1.").arg(CallbackResult::stateCheckName(check))) + QStringLiteral("</b> ") +
            esc(CallbackResult::stateCheckText(check)) + QStringLiteral("</p>");
    html += QStringLiteral("<p><small>") + esc(tr("Callback: ")) + QStringLiteral("<code>") +
            esc(reveal ? m_result.callbackUrl().toString(QUrl::FullyEncoded)
                       : maskCode(m_result.callbackUrl().toString(QUrl::FullyEncoded))) +
            QStringLiteral("</code></small></p>");
    m_resultView->setHtml(html);
}

QString FlowPanel::resultText() const
{
    return m_resultView->toPlainText();
}

void FlowPanel::updateActions()
{
    const bool running = isRunning();
    const bool haveUrl = m_url.isValid();
    m_runAction->setEnabled(haveUrl);
    m_runAgain->setEnabled(haveUrl);
    m_stopAction->setEnabled(running || (m_listener && m_listener->isListening()));
    // After the redirect was caught, Run again is the way on: reloading or going back in Connect would
    // happen outside any run. Back still leaves the "redirect caught" page for the last Connect page.
    const bool infoShown = isInfoPageShown();
    m_reloadAction->setEnabled(page() != nullptr && !m_hasResult && !infoShown);
    m_backAction->setEnabled(m_hasResult ? infoShown && page() != nullptr
                                         : page() && !infoShown && page()->history()->canGoBack());
    m_backAction->setToolTip(m_hasResult ? tr("Show the last Connect page behind the result")
                                         : tr("Back to the previous page"));
    m_reloadAction->setToolTip(m_hasResult ? tr("The redirect was caught: use Run again")
                                           : tr("Reload the current page"));
    m_copyCode->setEnabled(m_hasResult && !m_result.code().isEmpty());
    m_copyCallback->setEnabled(m_hasResult);
    const bool loopback = LoopbackListener::isLoopbackRedirect(m_redirectUri);
    m_systemBrowser->setEnabled(haveUrl && loopback);
    m_systemBrowser->setToolTip(loopback
                                    ? tr("Open the link in your desktop browser and catch the callback on "
                                         "127.0.0.1:%1")
                                          .arg(m_redirectUri.port())
                                    : tr("Needs a loopback redirect URI, http://localhost:PORT/…"));
}

} // namespace connectlab::web
