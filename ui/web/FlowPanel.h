#pragma once

#include "CallbackResult.h"
#include "ClickThrough.h"
#include "ConnectErrorPage.h"
#include "FlowRunner.h"

#include <QUrl>

#include <functional>
#include <optional>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSplitter;
class QTabWidget;
class QToolBar;

namespace connectlab::web {

class FlowBrowser;
class FlowPage;
class FlowProfile;
class FlowResultView;
class FlowRun;
class NavigationTimelineModel;
class NavigationTimelineView;
class SystemBrowserRun;

// The Run tab: runs a Connect link and shows what came back. It coordinates the parts, each of which has
// one job: the embedded browser and its popups (FlowBrowser), one run's navigations and catch (FlowRun, in
// a FlowProfile fresh for every run unless the session is kept), the system-browser path (SystemBrowserRun),
// the navigation timeline (NavigationTimelineModel in a NavigationTimelineView, the code masked until
// "Reveal code"), and the result (FlowResultView). Above them: the toolbar (Run again, Stop, Reload, Back,
// "keep session"), the read-only address and a load progress bar.
//
// The room goes where the user looks: while a flow runs the browser has nearly all the height over a
// one-line status; when something comes back the result gets what it needs (the browser keeps a minimum).
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
    // Every run clicks through the sandbox's screens itself (brand, login, approve or deny), as
    // --run-flow --click-through does: for `connectlab --screenshot --run`. Off by default.
    void setClickThrough(std::optional<ClickThrough::Options> options)
    {
        m_clickThrough = std::move(options);
    }
    void setKeepSession(bool keep);
    bool keepSession() const;

    bool isRunning() const;
    bool isWaiting() const override;
    const connectlab::flow::CallbackResult &result() const;
    bool hasResult() const;
    FlowPage *page() const;
    FlowProfile *profile() const { return m_profile; }
    QString resultText() const; // the result area's text, as shown
    QUrl redirectUri() const { return m_redirectUri; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void runAgain();
    void onCaught(const connectlab::flow::CallbackResult &result);
    void onLoadFailed(const QString &reason);
    void onConnectErrorPage(const connectlab::flow::ConnectErrorPage &page);
    void onInfoLink(const QString &link);
    void showCaughtPage();
    void setAddress(const QUrl &url);
    // The result pane as tall as what it shows (one line while a flow runs, all of a result), the browser
    // the rest, down to its minimum.
    void fitResultPane();
    void updateActions();

    QToolBar *m_toolBar = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_backAction = nullptr;
    QCheckBox *m_keepSession = nullptr;
    QLineEdit *m_address = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_notice = nullptr;
    QSplitter *m_split = nullptr;
    FlowBrowser *m_browser = nullptr;
    QTabWidget *m_bottomTabs = nullptr;
    FlowResultView *m_resultView = nullptr;
    NavigationTimelineModel *m_timelineModel = nullptr;
    NavigationTimelineView *m_timeline = nullptr;
    QCheckBox *m_reveal = nullptr;

    FlowProfile *m_profile = nullptr;
    FlowRun *m_run = nullptr;
    SystemBrowserRun *m_systemBrowser = nullptr;

    QUrl m_url;
    QUrl m_redirectUri;
    QString m_sentState;
    std::optional<ClickThrough::Options> m_clickThrough;
    bool m_viaSystemBrowser = false;
    bool m_wasWaiting = false; // what waitingChanged last said
    bool m_fitPending = true;  // the splitter had no size yet: fit at the next resize
};

} // namespace connectlab::web
