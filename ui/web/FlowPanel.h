#pragma once

#include "CallbackResult.h"
#include "FlowRunner.h"
#include "RedirectMatcher.h"

#include <QPointer>
#include <QUrl>

#include <functional>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QToolBar;
class QWebEngineView;

namespace connectlab::flow {
class LoopbackListener;
}

namespace connectlab::web {

class FlowPage;
class FlowProfile;
class FlowRun;
struct NavigationEvent;

// The Run panel: opens a Connect link in an embedded browser, catches the redirect and shows what came
// back. Toolbar (Run again, Stop, Reload, Back, "keep session"), read-only address, progress bar, the
// browser, a timeline of every navigation (the code masked until "Reveal"), and the result: success with
// its parameters or the error explained, the state check, copy buttons, and the system-browser fallback
// for loopback redirect URIs.
class FlowPanel : public connectlab::FlowRunner
{
    Q_OBJECT
public:
    explicit FlowPanel(QWidget *parent = nullptr);
    ~FlowPanel() override;

    void run(const QUrl &url, const QUrl &redirectUri, const QString &sentState) override;
    void stop() override;

    // Opens the current link with the desktop's browser and catches the callback on 127.0.0.1 (loopback
    // redirect URIs only).
    void runInSystemBrowser();
    // How the system browser is opened; tests put a client of their own here. Default: QDesktopServices.
    void setUrlOpener(std::function<bool(const QUrl &)> opener);

    // A fresh off-the-record profile for each run (default), or one kept across runs.
    void setKeepSession(bool keep);
    bool keepSession() const;

    bool isRunning() const;
    const connectlab::flow::CallbackResult &result() const { return m_result; }
    bool hasResult() const { return m_hasResult; }
    FlowPage *page() const;
    FlowProfile *profile() const { return m_profile; }
    QString resultText() const; // the result area's text, as shown
    QUrl redirectUri() const { return m_redirectUri; }

    // Replaces the value of every `code` parameter with dots.
    static QString maskCode(const QString &url);

private:
    void runAgain();
    void onNavigation(const NavigationEvent &event);
    void onCaught(const connectlab::flow::CallbackResult &result);
    void showResult();
    void showMessage(const QString &html);
    // Over the browser: a native page saying the redirect was caught (or that the system browser is in
    // use), instead of the last Connect page. showBrowser() puts the browser back.
    void showInfoPage(const QString &html);
    void showBrowser();
    bool isInfoPageShown() const;
    QString caughtPageHtml() const;
    // Grows the lower part so the whole result shows without scrolling (the browser keeps a minimum).
    void fitResult();
    void refreshTimeline();
    void updateActions();
    void closeListener();

    QToolBar *m_toolBar = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_backAction = nullptr;
    QCheckBox *m_keepSession = nullptr;
    QLineEdit *m_address = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_notice = nullptr;
    QStackedWidget *m_viewStack = nullptr;
    QWebEngineView *m_view = nullptr;
    QWidget *m_infoPage = nullptr;
    QLabel *m_infoLabel = nullptr;
    QSplitter *m_split = nullptr;
    QTabWidget *m_bottomTabs = nullptr;
    QWidget *m_resultTab = nullptr;
    QTableWidget *m_timeline = nullptr;
    QCheckBox *m_reveal = nullptr;
    QTextBrowser *m_resultView = nullptr;
    QPushButton *m_copyCode = nullptr;
    QPushButton *m_copyCallback = nullptr;
    QPushButton *m_runAgain = nullptr;
    QPushButton *m_systemBrowser = nullptr;
    QLabel *m_systemBrowserHint = nullptr;

    FlowProfile *m_profile = nullptr;
    FlowRun *m_run = nullptr;
    connectlab::flow::LoopbackListener *m_listener = nullptr;
    std::function<bool(const QUrl &)> m_opener;

    QUrl m_url;
    QUrl m_redirectUri;
    QString m_sentState;
    connectlab::flow::CallbackResult m_result;
    bool m_hasResult = false;
    bool m_viaSystemBrowser = false;
    QString m_messageHtml;
};

} // namespace connectlab::web
