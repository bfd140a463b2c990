#pragma once

#include "ConnectRequest.h"
#include "FlowRunner.h"
#include "RequestForm.h"

#include <QHash>
#include <QJsonObject>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QScrollArea;
class QTabWidget;
class QTimer;
class QTreeWidget;
class QUndoStack;

namespace connectlab {

class Banner;
class ConnectModel;
class DiagnosticsView;
class ExchangePanel;
class HistoryStore;
class LinkView;
class ParameterTable;
class ProfileStore;
class QrCodeDialog;
class SandboxPanel;

namespace sandbox {
class SandboxServer;
}

// The composer window: the form on the left, the link (coloured, decoded, with its diagnostics) on the
// right, share and import actions, profiles, history, undo/redo, and Run, which opens the flow panel
// created by a factory (the WebEngine part lives in connectlab_web and is only created on the first Run).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Options
    {
        bool restoreSession = true; // start with the last session (else the sample)
        bool persist = true;        // write the session and the history
    };
    using FlowRunnerFactory = std::function<FlowRunner *(QWidget *parent)>;

    explicit MainWindow(QWidget *parent = nullptr);
    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    ConnectModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undo; }
    RequestForm *form() const { return m_form; }
    LinkView *linkView() const { return m_linkView; }
    ParameterTable *parameterTable() const { return m_parameters; }
    DiagnosticsView *diagnosticsView() const { return m_diagnostics; }
    Banner *banner() const { return m_banner; }
    HistoryStore *history() const { return m_history; }
    ProfileStore *profiles() const { return m_profiles.get(); }
    FlowRunner *flowRunner() const { return m_flowRunner; }
    // The Tokens tab: created when a run brings a code back (or by showExchange()).
    ExchangePanel *exchangePanel() const;
    ExchangePanel *showExchange();
    // Turns the link into the re-authentication link for `vehicleId` (undoable).
    void reauthenticate(const QString &vehicleId);
    sandbox::SandboxServer *sandboxServer() const { return m_sandbox; }
    // The Sandbox tab (registered apps, recorded requests): created when the sandbox starts.
    SandboxPanel *sandboxPanel() const;
    // Sets the link's client id (and redirect URI when given) to a sandbox app (undoable).
    void useSandboxApp(const QString &clientId, const QString &redirectUri);

    void setFlowRunnerFactory(FlowRunnerFactory factory) { m_flowRunnerFactory = std::move(factory); }

    // A ready, valid link aimed at the sandbox's demo app.
    static ConnectRequest sampleRequest();
    void loadSample();

    // Reads a link or query string into the form (undoable). Bad input: a banner, the form unchanged.
    bool importText(const QString &text);
    bool loadProfileFile(const QString &path);
    bool saveProfileFile(const QString &path, const QString &name);
    bool saveProfile(const QString &name);
    bool loadProfile(const QString &name);
    bool saveSession() const;
    bool restoreSession();

    RequestForm::Target target() const { return m_target; }
    void setTarget(RequestForm::Target target);
    // The redirect URI a run waits for: the link's, or the target's default.
    QUrl effectiveRedirectUri() const;

    void copyLink();
    void copyMarkdown();
    void copyHtml();
    QrCodeDialog *showQrCode(); // non-modal; the dialog deletes itself on close
    void openInBrowser();
    void pasteLink();
    void run();
    void focusField(const QString &field);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    QWidget *buildLinkPage();
    QWidget *buildHistoryPage();
    QAction *addAction(const QString &objectName, const QString &icon, const QString &text,
                       const QKeySequence &shortcut, const QString &tip, void (MainWindow::*slot)());
    void applyRequest(const ConnectRequest &request, const QString &undoText);
    void updateStatus();
    void refreshHistory();
    void refreshProfileMenu();
    void scheduleSessionSave();
    bool ensureSandbox(QString *error);
    void updateExchangeTarget();
    void importDialog();
    void openProfileDialog();
    void saveProfileDialog();
    void exportProfileDialog();
    QJsonObject settings() const;
    void applySettings(const QJsonObject &settings);

    Options m_options;
    ConnectModel *m_model;
    QUndoStack *m_undo;
    std::unique_ptr<ProfileStore> m_profiles;
    HistoryStore *m_history;
    sandbox::SandboxServer *m_sandbox = nullptr;
    RequestForm::Target m_target = RequestForm::Target::Sandbox;

    Banner *m_banner = nullptr;
    RequestForm *m_form = nullptr;
    QScrollArea *m_formScroll = nullptr;
    QTabWidget *m_sideTabs = nullptr;
    LinkView *m_linkView = nullptr;
    ParameterTable *m_parameters = nullptr;
    DiagnosticsView *m_diagnostics = nullptr;
    QLabel *m_linkStatus = nullptr;
    QTreeWidget *m_historyList = nullptr;
    QMenu *m_profileMenu = nullptr;
    QTimer *m_sessionTimer = nullptr;

    QHash<QString, QAction *> m_actions;
    FlowRunnerFactory m_flowRunnerFactory;
    QPointer<FlowRunner> m_flowRunner;
    QPointer<ExchangePanel> m_exchange;
    QPointer<SandboxPanel> m_sandboxPanel;
};

} // namespace connectlab
