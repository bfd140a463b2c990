#pragma once

#include "ConnectRequest.h"
#include "LinkDocument.h"
#include "RunCoordinator.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QScrollArea;
class QTabWidget;
class QUndoStack;

namespace connectlab {

class Banner;
class ConnectModel;
class DiagnosticsView;
class ExchangePanel;
class FlowRunner;
class HistoryStore;
class LinkPage;
class LinkView;
class ParameterTable;
class ProfileStore;
class ProfilesDialog;
class QrCodeDialog;
class RequestForm;
class SandboxController;
class SandboxPanel;
class SessionKeeper;
class WindowActions;

namespace sandbox {
class SandboxServer;
}

// The composer window. It puts the parts together and owns no rule: the document (the link, its undo history,
// the target, the run settings) is a LinkDocument; the form, the Link page and the History page show it; the
// sandbox is a SandboxController; runs go through a RunCoordinator (the WebEngine part is only created on the
// first Run); the session is a SessionKeeper. What is left here is glue: import and drop, profiles, sharing,
// the Tokens and Sandbox tabs.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Options
    {
        bool restoreSession = true; // start with the last session (else the sample)
        bool persist = true;        // write the session, the history and the sandbox port
    };
    using FlowRunnerFactory = RunCoordinator::FlowRunnerFactory;

    explicit MainWindow(QWidget *parent = nullptr);
    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    LinkDocument *document() const { return m_document; }
    ConnectModel *model() const;
    QUndoStack *undoStack() const;
    RequestForm *form() const { return m_form; }
    LinkPage *linkPage() const { return m_linkPage; }
    LinkView *linkView() const;
    ParameterTable *parameterTable() const;
    DiagnosticsView *diagnosticsView() const;
    Banner *banner() const { return m_banner; }
    HistoryStore *history() const { return m_history; }
    ProfileStore *profiles() const { return m_profiles.get(); }
    WindowActions *actions() const { return m_actions; }
    FlowRunner *flowRunner() const;
    // The Tokens tab: created when a run brings a code back (or by showExchange()).
    ExchangePanel *exchangePanel() const;
    ExchangePanel *showExchange();
    // Turns the link into the re-authentication link for `vehicleId` (undoable).
    void reauthenticate(const QString &vehicleId);
    SandboxController *sandbox() const { return m_sandbox; }
    // Brings the side tab whose title (without its & accelerator, any case) is `title` to the front;
    // "tokens" creates the Tokens tab. False when there is no such tab. For --screenshot --tab.
    bool showSideTab(const QString &title);
    // Brings `tab` (one of the side tabs) to the front; false when it is not one.
    bool showSideTab(QWidget *tab);
    QStringList sideTabTitles() const;
    // The local sandbox's server, started on demand (it normally starts right after the first paint).
    sandbox::SandboxServer *sandboxServer() const;
    // The Sandbox tab (registered apps, recorded requests): created when the sandbox starts.
    SandboxPanel *sandboxPanel() const;
    // Sets the link's client id (and redirect URI when given) to a sandbox app (undoable).
    void useSandboxApp(const QString &clientId, const QString &redirectUri);

    void setFlowRunnerFactory(FlowRunnerFactory factory);
    // Adds a tab to the side tabs (the app adds the Test plan tab, which lives outside connectlab_ui).
    void addSideTab(QWidget *tab, const QString &iconName, const QString &title);

    // A ready, valid link aimed at the sandbox's demo app.
    static ConnectRequest sampleRequest();
    void loadSample();

    // Reads a link or query string into the form (undoable). Bad input: a banner, the form unchanged.
    bool importText(const QString &text);
    // A link handed over from the desktop or a second `connectlab`: imported as importText does (undoable,
    // "" imports nothing), then the window comes to the front.
    void openLink(const QString &text);
    bool loadProfileFile(const QString &path);
    bool saveProfileFile(const QString &path, const QString &name);
    bool saveProfile(const QString &name);
    bool loadProfile(const QString &name);
    bool saveSession() const;
    // File → Manage profiles (non-modal; deletes itself on close).
    ProfilesDialog *manageProfiles();

    LinkDocument::Target target() const { return m_document->target(); }
    void setTarget(LinkDocument::Target target);
    // The redirect URI a run waits for: the link's, or the target's default.
    QUrl effectiveRedirectUri() const;

    void copyLink();
    void copyMarkdown();
    void copyHtml();
    void copyConnectLabLink();  // connectlab://open?url=… on the clipboard
    QrCodeDialog *showQrCode(); // non-modal; the dialog deletes itself on close
    void openInBrowser();
    void pasteLink();
    void run();
    void focusField(const QString &field);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool event(QEvent *event) override;

private:
    enum class SideTab
    {
        Link,
        History,
        Code,
        Run,
        Tokens,
        Sandbox,
        Added
    };
    void placeSideTab(QWidget *tab, const QString &iconName, const QString &title, SideTab place);
    void connectActions();
    void onTargetChanged(LinkDocument::Target target);
    void onSandboxStarted();
    void updateRegistrations();
    void registerInSandbox();
    void updateExchangeTarget();
    void refreshProfileMenu();
    void importDialog();
    void openProfileDialog();
    void saveProfileDialog();
    void exportProfileDialog();

    Options m_options;
    LinkDocument *m_document;
    std::unique_ptr<ProfileStore> m_profiles;
    HistoryStore *m_history;
    SandboxController *m_sandbox;
    SessionKeeper *m_session;
    RunCoordinator *m_run;
    WindowActions *m_actions = nullptr;

    Banner *m_banner = nullptr;
    RequestForm *m_form = nullptr;
    QScrollArea *m_formScroll = nullptr;
    struct RunEnd
    {
        int run = 0; // RunCoordinator::runCount() of the run that ended; 0: none yet
        bool success = false;
        QString summary;
    };
    RunEnd m_lastRunEnd;
    QTabWidget *m_sideTabs = nullptr;
    LinkPage *m_linkPage = nullptr;
    QPointer<ExchangePanel> m_exchange;
    QPointer<SandboxPanel> m_sandboxPanel;
    bool m_painted = false;
    int m_bannerUndoIndex =
        -1; // the undo index the banner's import reached (-1: the banner is not an import's)
};

} // namespace connectlab
