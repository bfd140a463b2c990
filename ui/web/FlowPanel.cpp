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
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableWidget>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWebEngineHistory>
#include <QWebEngineView>

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
        if (page())
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

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("flowNotice"));
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    m_notice->setStyleSheet(QStringLiteral("QLabel { border: 1px solid palette(mid); padding: 6px; }"));

    m_view = new QWebEngineView(this);
    m_view->setObjectName(QStringLiteral("flowView"));
    m_view->setMinimumHeight(160);

    // Timeline
    auto *timelineBox = new QGroupBox(tr("Navigations"), this);
    m_timeline = new QTableWidget(0, 3, timelineBox);
    m_timeline->setObjectName(QStringLiteral("flowTimeline"));
    m_timeline->setHorizontalHeaderLabels({tr("Time"), tr("Kind"), tr("URL")});
    m_timeline->horizontalHeader()->setStretchLastSection(true);
    m_timeline->verticalHeader()->setVisible(false);
    m_timeline->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->setWordWrap(false);
    m_reveal = new QCheckBox(tr("Reveal code"), timelineBox);
    m_reveal->setObjectName(QStringLiteral("flowRevealCode"));
    m_reveal->setToolTip(tr("The authorization code is masked until you reveal it"));
    connect(m_reveal, &QCheckBox::toggled, this, [this] {
        refreshTimeline();
        showResult();
    });
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->addWidget(m_timeline);
    timelineLayout->addWidget(m_reveal);

    // Result
    auto *resultBox = new QGroupBox(tr("Result"), this);
    m_resultLabel = new QLabel(resultBox);
    m_resultLabel->setObjectName(QStringLiteral("flowResult"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextFormat(Qt::RichText);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_resultLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_copyCode = new QPushButton(tr("Copy code"), resultBox);
    m_copyCode->setObjectName(QStringLiteral("flowCopyCode"));
    connect(m_copyCode, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_result.code()); });
    m_copyCallback = new QPushButton(tr("Copy callback URL"), resultBox);
    m_copyCallback->setObjectName(QStringLiteral("flowCopyCallback"));
    connect(m_copyCallback, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_result.callbackUrl().toString(QUrl::FullyEncoded));
    });
    m_runAgain = new QPushButton(tr("Run again"), resultBox);
    m_runAgain->setObjectName(QStringLiteral("flowRunAgain"));
    connect(m_runAgain, &QPushButton::clicked, this, &FlowPanel::runAgain);
    m_systemBrowser = new QPushButton(tr("Run in system browser"), resultBox);
    m_systemBrowser->setObjectName(QStringLiteral("flowSystemBrowser"));
    connect(m_systemBrowser, &QPushButton::clicked, this, &FlowPanel::runInSystemBrowser);
    m_systemBrowserHint = new QLabel(systemBrowserHintText, resultBox);
    m_systemBrowserHint->setObjectName(QStringLiteral("flowSystemBrowserHint"));
    m_systemBrowserHint->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyCode);
    buttons->addWidget(m_copyCallback);
    buttons->addWidget(m_runAgain);
    buttons->addStretch();
    buttons->addWidget(m_systemBrowser);
    auto *resultLayout = new QVBoxLayout(resultBox);
    resultLayout->addWidget(m_resultLabel, 1);
    resultLayout->addLayout(buttons);
    resultLayout->addWidget(m_systemBrowserHint);

    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(timelineBox);
    bottom->addWidget(resultBox);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("flowSplitter"));
    split->addWidget(m_view);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({480, 320});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_address);
    layout->addWidget(m_progress);
    layout->addWidget(m_notice);
    layout->addWidget(split, 1);

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
    m_timeline->setRowCount(0);
    m_notice->setVisible(false);

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
        // The "redirect caught" note is a data: page; the address keeps showing the callback then.
        if (current.scheme() != QLatin1String("data"))
            m_address->setText(maskCode(current.toString(QUrl::FullyEncoded)));
    });
    connect(flowPage, &QWebEnginePage::loadStarted, this, [this] {
        m_progress->setValue(0);
        updateActions();
    });
    connect(flowPage, &QWebEnginePage::loadProgress, m_progress, &QProgressBar::setValue);
    connect(flowPage, &QWebEnginePage::loadFinished, this, [this] {
        m_progress->setValue(100);
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
    showMessage(QStringLiteral("<p>") +
                esc(tr("Opened the link in your browser. Waiting for it to come back to %1 (listening on "
                       "127.0.0.1:%2 only, once).")
                        .arg(m_redirectUri.toString())
                        .arg(m_listener ? m_listener->port() : 0)) +
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
    m_timeline->resizeColumnToContents(0);
    m_timeline->resizeColumnToContents(1);
    m_timeline->scrollToBottom();
}

void FlowPanel::onCaught(const CallbackResult &result)
{
    m_result = result;
    m_hasResult = true;
    m_address->setText(maskCode(result.callbackUrl().toString(QUrl::FullyEncoded)));
    showResult();
    refreshTimeline();
    updateActions();
    // The browser stays on the last Connect page otherwise; say plainly what happened instead.
    QTimer::singleShot(0, m_run, [run = m_run] {
        run->page()->setHtml(QStringLiteral(
            "<!doctype html><html><body style=\"font-family:sans-serif;margin:2em\"><h2>Redirect caught</h2>"
            "<p>Connect Lab stopped the browser at the redirect URI; nothing was sent there. The result is "
            "shown below.</p></body></html>"));
    });
    Q_EMIT finished(result.outcome() == CallbackResult::Outcome::Code, result.summary(),
                    result.callbackUrl());
    if (!result.code().isEmpty())
        Q_EMIT codeReceived(result.code(), m_redirectUri);
}

void FlowPanel::showMessage(const QString &html)
{
    m_messageHtml = html;
    m_resultLabel->setText(html);
}

void FlowPanel::showResult()
{
    if (!m_hasResult) {
        m_resultLabel->setText(m_messageHtml);
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
    m_resultLabel->setText(html);
}

QString FlowPanel::resultText() const
{
    QTextDocument document;
    document.setHtml(m_resultLabel->text());
    return document.toPlainText();
}

void FlowPanel::updateActions()
{
    const bool running = isRunning();
    const bool haveUrl = m_url.isValid();
    m_runAction->setEnabled(haveUrl);
    m_runAgain->setEnabled(haveUrl);
    m_stopAction->setEnabled(running || (m_listener && m_listener->isListening()));
    m_reloadAction->setEnabled(page() != nullptr);
    m_backAction->setEnabled(page() && page()->history()->canGoBack());
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
