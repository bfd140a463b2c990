#include "MainWindow.h"

#include "Banner.h"
#include "Catalog.h"
#include "ConnectModel.h"
#include "DiagnosticsView.h"
#include "ExchangePanel.h"
#include "FlowRunner.h"
#include "HistoryStore.h"
#include "Icons.h"
#include "LinkFormats.h"
#include "LinkView.h"
#include "ParameterTable.h"
#include "ProfileStore.h"
#include "QrCodeDialog.h"
#include "RequestEditCommand.h"
#include "SandboxPanel.h"
#include "StateGenerator.h"
#include "Theme.h"
#include "UrlParser.h"
#include "sandbox/SandboxServer.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace connectlab {

namespace {

QString sandboxTargetName()
{
    return QStringLiteral("sandbox");
}

QString connectTargetName()
{
    return QStringLiteral("connect");
}

QString originOf(const QUrl &url)
{
    QString origin = url.scheme() + QStringLiteral("://") + url.host();
    if (url.port() >= 0)
        origin += QLatin1Char(':') + QString::number(url.port());
    return origin;
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : MainWindow(Options{}, parent) {}

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent), m_options(options), m_model(new ConnectModel(this)), m_undo(new QUndoStack(this)),
      m_profiles(std::make_unique<ProfileStore>()), m_history(new HistoryStore(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Connect Lab"));
    setWindowIcon(Icons::app());
    setAcceptDrops(true);
    resize(1280, 800);

    m_banner = new Banner(this);
    m_form = new RequestForm(m_model, m_undo, this);
    buildActions();
    m_formScroll = new QScrollArea(this);
    m_formScroll->setObjectName(QStringLiteral("formScroll"));
    m_formScroll->setWidget(m_form);
    m_formScroll->setWidgetResizable(true);
    m_formScroll->setFrameShape(QFrame::NoFrame);
    // Never narrower than the form itself: the splitter gives the rest to the link.
    m_formScroll->setMinimumWidth(m_form->minimumSizeHint().width() +
                                  m_formScroll->verticalScrollBar()->sizeHint().width());
    m_formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_sideTabs = new QTabWidget(this);
    m_sideTabs->setObjectName(QStringLiteral("sideTabs"));
    m_sideTabs->setDocumentMode(true);
    m_sideTabs->addTab(buildLinkPage(), Icons::get(QStringLiteral("copy")), tr("&Link"));
    m_sideTabs->addTab(buildHistoryPage(), Icons::get(QStringLiteral("history")), tr("&History"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_formScroll);
    splitter->addWidget(m_sideTabs);
    splitter->setStretchFactor(0, 6);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({690, 590});
    splitter->setChildrenCollapsible(false);

    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("central"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    buildMenus();
    statusBar()->setObjectName(QStringLiteral("statusBar"));

    m_sessionTimer = new QTimer(this);
    m_sessionTimer->setSingleShot(true);
    m_sessionTimer->setInterval(400);
    connect(m_sessionTimer, &QTimer::timeout, this, [this] { saveSession(); });

    connect(m_model, &ConnectModel::urlChanged, this, [this] {
        m_linkView->setLink(m_model->url());
        m_parameters->setRequest(m_model->request());
    });
    connect(m_model, &ConnectModel::diagnosticsChanged, this, [this] {
        m_diagnostics->setDiagnostics(m_model->diagnostics());
        updateStatus();
    });
    connect(m_model, &ConnectModel::changed, this, &MainWindow::scheduleSessionSave);
    connect(m_form, &RequestForm::targetEdited, this, &MainWindow::setTarget);
    connect(m_form, &RequestForm::settingsEdited, this, &MainWindow::scheduleSessionSave);
    connect(m_diagnostics, &DiagnosticsView::fieldActivated, this, &MainWindow::focusField);
    connect(m_history, &HistoryStore::changed, this, &MainWindow::refreshHistory);

    if (m_options.persist) {
        m_history->setPath(m_profiles->historyPath());
        m_history->load();
    }
    if (!(m_options.restoreSession && restoreSession()))
        loadSample();
    m_undo->clear(); // the starting point is not an edit
    m_linkView->setLink(m_model->url());
    m_parameters->setRequest(m_model->request());
    m_diagnostics->setDiagnostics(m_model->diagnostics());
    updateStatus();
    refreshProfileMenu();
}

MainWindow::~MainWindow()
{
    if (m_flowRunner)
        m_flowRunner->stop();
}

// ---- building -----------------------------------------------------------------------------------------

QAction *MainWindow::addAction(const QString &objectName, const QString &icon, const QString &text,
                               const QKeySequence &shortcut, const QString &tip, void (MainWindow::*slot)())
{
    auto *action = new QAction(icon.isEmpty() ? QIcon() : Icons::get(icon), text, this);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    action->setToolTip(shortcut.isEmpty()
                           ? tip
                           : tip + QStringLiteral(" (") + shortcut.toString(QKeySequence::NativeText) +
                                 QLatin1Char(')'));
    action->setStatusTip(tip);
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    m_actions.insert(objectName, action);
    QWidget::addAction(action);
    return action;
}

void MainWindow::buildActions()
{
    addAction(QStringLiteral("newAction"), QString(), tr("&New from sample"), QKeySequence::New,
              tr("Start again from the ready-to-run sample link"), &MainWindow::loadSample);
    addAction(QStringLiteral("importAction"), QStringLiteral("import"), tr("&Import link…"),
              QKeySequence(Qt::CTRL | Qt::Key_I),
              tr("Paste a Connect link or query string to read into the form"), &MainWindow::importDialog);
    addAction(QStringLiteral("openProfileAction"), QStringLiteral("open"), tr("&Open profile file…"),
              QKeySequence::Open, tr("Load a saved profile from a file"), &MainWindow::openProfileDialog);
    addAction(QStringLiteral("saveProfileAction"), QStringLiteral("save"), tr("&Save profile…"),
              QKeySequence::Save, tr("Save this link under a name"), &MainWindow::saveProfileDialog);
    addAction(QStringLiteral("exportProfileAction"), QString(), tr("&Export profile file…"),
              QKeySequence::SaveAs, tr("Write this link as a profile file"),
              &MainWindow::exportProfileDialog);
    addAction(QStringLiteral("quitAction"), QString(), tr("&Quit"), QKeySequence::Quit,
              tr("Close Connect Lab"), nullptr);
    connect(m_actions.value(QStringLiteral("quitAction")), &QAction::triggered, this, &QWidget::close);

    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setIcon(Icons::get(QStringLiteral("undo")));
    undo->setShortcuts(QKeySequence::Undo);
    m_actions.insert(undo->objectName(), undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setIcon(Icons::get(QStringLiteral("redo")));
    redo->setShortcuts(QKeySequence::Redo);
    m_actions.insert(redo->objectName(), redo);
    QWidget::addAction(undo);
    QWidget::addAction(redo);

    QAction *paste = addAction(
        QStringLiteral("pasteLinkAction"), QStringLiteral("paste"), tr("&Paste link"), QKeySequence::Paste,
        tr("Read the link on the clipboard into the form (Ctrl+V outside a text field)"),
        &MainWindow::pasteLink);
    paste->setShortcutContext(Qt::WindowShortcut);
    addAction(QStringLiteral("generateStateAction"), QStringLiteral("generate"), tr("&Generate state"),
              QKeySequence(Qt::CTRL | Qt::Key_G), tr("Draw a new random state"), nullptr);
    connect(m_actions.value(QStringLiteral("generateStateAction")), &QAction::triggered, m_form,
            &RequestForm::generateState);
    addAction(QStringLiteral("clearHistoryAction"), QString(), tr("Clear &history"), QKeySequence(),
              tr("Forget the copied and launched links"), nullptr);
    connect(m_actions.value(QStringLiteral("clearHistoryAction")), &QAction::triggered, m_history,
            &HistoryStore::clear);

    addAction(QStringLiteral("copyLinkAction"), QStringLiteral("copy"), tr("&Copy link"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), tr("Copy the link"), &MainWindow::copyLink);
    addAction(QStringLiteral("copyMarkdownAction"), QStringLiteral("markdown"), tr("Copy as &Markdown"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), tr("Copy the link as a Markdown link"),
              &MainWindow::copyMarkdown);
    addAction(QStringLiteral("copyHtmlAction"), QStringLiteral("html"), tr("Copy as &HTML"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), tr("Copy the link as an HTML anchor"),
              &MainWindow::copyHtml);
    addAction(QStringLiteral("qrCodeAction"), QStringLiteral("qr"), tr("&QR code…"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q),
              tr("Show the link as a QR code, to copy or save"), nullptr);
    connect(m_actions.value(QStringLiteral("qrCodeAction")), &QAction::triggered, this,
            [this] { showQrCode(); });
    addAction(QStringLiteral("openBrowserAction"), QStringLiteral("browser"), tr("Open in &browser"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), tr("Open the link in your web browser"),
              &MainWindow::openInBrowser);

    QAction *run =
        addAction(QStringLiteral("runAction"), QStringLiteral("run"), tr("&Run"),
                  QKeySequence(Qt::CTRL | Qt::Key_Return),
                  tr("Run the link in the embedded browser and catch the redirect"), &MainWindow::run);
    run->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    run->setShortcutContext(Qt::WindowShortcut);
    addAction(QStringLiteral("stopAction"), QStringLiteral("stop"), tr("&Stop"), QKeySequence(),
              tr("Stop the run"), nullptr);
    connect(m_actions.value(QStringLiteral("stopAction")), &QAction::triggered, this, [this] {
        if (m_flowRunner)
            m_flowRunner->stop();
    });

    auto *targets = new QActionGroup(this);
    QAction *sandbox = addAction(QStringLiteral("targetSandboxAction"), QString(), tr("&Local sandbox"),
                                 QKeySequence(), tr("Point the link at the local sandbox"), nullptr);
    QAction *connectTarget =
        addAction(QStringLiteral("targetConnectAction"), QString(), tr("Smartcar &Connect"), QKeySequence(),
                  tr("Point the link at connect.smartcar.com"), nullptr);
    for (QAction *a : {sandbox, connectTarget}) {
        a->setCheckable(true);
        targets->addAction(a);
    }
    connect(sandbox, &QAction::triggered, this, [this] { setTarget(RequestForm::Target::Sandbox); });
    connect(connectTarget, &QAction::triggered, this, [this] { setTarget(RequestForm::Target::Connect); });

    addAction(QStringLiteral("aboutAction"), QString(), tr("&About Connect Lab"), QKeySequence(), tr("About"),
              nullptr);
    connect(m_actions.value(QStringLiteral("aboutAction")), &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Connect Lab"),
            tr("<b>Connect Lab</b> %1<br>Compose, check and run Smartcar Connect links.<br><br>"
               "Type in the form or paste a link (Ctrl+V): the link and what is wrong with it "
               "update as you type. Run (Ctrl+Return) walks through Connect in an embedded "
               "browser, against the local sandbox or Smartcar.")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::buildMenus()
{
    auto a = [this](const char *name) { return m_actions.value(QString::fromLatin1(name)); };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(a("newAction"));
    file->addAction(a("importAction"));
    file->addSeparator();
    m_profileMenu = file->addMenu(Icons::get(QStringLiteral("open")), tr("&Load profile"));
    m_profileMenu->setObjectName(QStringLiteral("profileMenu"));
    file->addAction(a("saveProfileAction"));
    file->addAction(a("openProfileAction"));
    file->addAction(a("exportProfileAction"));
    file->addSeparator();
    file->addAction(a("quitAction"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(a("undoAction"));
    edit->addAction(a("redoAction"));
    edit->addSeparator();
    edit->addAction(a("pasteLinkAction"));
    edit->addAction(a("generateStateAction"));
    edit->addSeparator();
    edit->addAction(a("clearHistoryAction"));

    QMenu *share = menuBar()->addMenu(tr("&Share"));
    share->setObjectName(QStringLiteral("shareMenu"));
    share->addAction(a("copyLinkAction"));
    share->addAction(a("copyMarkdownAction"));
    share->addAction(a("copyHtmlAction"));
    share->addSeparator();
    share->addAction(a("qrCodeAction"));
    share->addAction(a("openBrowserAction"));

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->setObjectName(QStringLiteral("runMenu"));
    run->addAction(a("runAction"));
    run->addAction(a("stopAction"));
    run->addSeparator();
    run->addSection(tr("Target"));
    run->addAction(a("targetSandboxAction"));
    run->addAction(a("targetConnectAction"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(a("aboutAction"));

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(20, 20));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(a("undoAction"));
    bar->addAction(a("redoAction"));
    bar->addSeparator();
    bar->addAction(a("importAction"));
    bar->addAction(a("pasteLinkAction"));
    bar->addAction(a("saveProfileAction"));
    bar->addSeparator();
    bar->addAction(a("copyLinkAction"));
    bar->addAction(a("qrCodeAction"));
    bar->addAction(a("openBrowserAction"));
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addAction(a("runAction"));
    for (const char *name : {"undoAction", "redoAction"})
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(a(name))))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly); // their text grows with the command's name
    if (auto *runButton = qobject_cast<QToolButton *>(bar->widgetForAction(a("runAction")))) {
        runButton->setObjectName(QStringLiteral("runToolButton"));
        QFont f = runButton->font();
        f.setBold(true);
        runButton->setFont(f);
    }
}

QWidget *MainWindow::buildLinkPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("linkPage"));

    m_linkStatus = new QLabel(page);
    m_linkStatus->setObjectName(QStringLiteral("linkStatus"));
    m_linkStatus->setTextFormat(Qt::RichText);
    m_linkStatus->setWordWrap(true);
    m_linkStatus->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto toolButton = [page](QAction *action) {
        auto *b = new QToolButton(page);
        b->setDefaultAction(action);
        b->setObjectName(action->objectName() + QStringLiteral("Button"));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setAutoRaise(true);
        return b;
    };
    auto *header = new QHBoxLayout;
    header->addWidget(m_linkStatus, 1);
    header->addWidget(toolButton(m_actions.value(QStringLiteral("copyLinkAction"))));
    header->addWidget(toolButton(m_actions.value(QStringLiteral("copyMarkdownAction"))));
    header->addWidget(toolButton(m_actions.value(QStringLiteral("copyHtmlAction"))));

    m_linkView = new LinkView(page);
    m_parameters = new ParameterTable(page);
    m_diagnostics = new DiagnosticsView(page);

    auto *linkLabel =
        new QLabel(tr("<b>The link</b>: each parameter in its own colour; hover one to see what "
                      "it does."),
                   page);
    linkLabel->setObjectName(QStringLiteral("linkCaption"));
    linkLabel->setWordWrap(true);
    auto *linkBox = new QWidget(page);
    auto *linkColumn = new QVBoxLayout(linkBox);
    linkColumn->setContentsMargins(0, 0, 0, 0);
    linkColumn->addWidget(linkLabel);
    linkColumn->addWidget(m_linkView, 1);

    auto *paramsLabel =
        new QLabel(tr("<b>Decoded</b>: what you set, and what applies where you set nothing."), page);
    paramsLabel->setObjectName(QStringLiteral("parametersCaption"));
    paramsLabel->setWordWrap(true);
    auto *paramsBox = new QWidget(page);
    auto *paramsColumn = new QVBoxLayout(paramsBox);
    paramsColumn->setContentsMargins(0, 0, 0, 0);
    paramsColumn->addWidget(paramsLabel);
    paramsColumn->addWidget(m_parameters, 1);

    auto *problemsLabel = new QLabel(tr("<b>Problems</b> (double-click or Enter to go to the field)"), page);
    problemsLabel->setObjectName(QStringLiteral("diagnosticsCaption"));
    auto *problemsBox = new QWidget(page);
    auto *problemsColumn = new QVBoxLayout(problemsBox);
    problemsColumn->setContentsMargins(0, 0, 0, 0);
    problemsColumn->addWidget(problemsLabel);
    problemsColumn->addWidget(m_diagnostics, 1);

    auto *vertical = new QSplitter(Qt::Vertical, page);
    vertical->setObjectName(QStringLiteral("linkPageSplitter"));
    vertical->addWidget(linkBox);
    vertical->addWidget(paramsBox);
    vertical->addWidget(problemsBox);
    vertical->setStretchFactor(0, 2);
    vertical->setStretchFactor(1, 3);
    vertical->setStretchFactor(2, 2);
    vertical->setChildrenCollapsible(false);
    vertical->setSizes({130, 260, 200});

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 6, 4, 4);
    layout->addLayout(header);
    layout->addWidget(vertical, 1);
    return page;
}

QWidget *MainWindow::buildHistoryPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("historyPage"));
    m_historyList = new QTreeWidget(page);
    m_historyList->setObjectName(QStringLiteral("historyList"));
    m_historyList->setHeaderLabels({tr("When"), tr("What"), tr("Link")});
    m_historyList->setRootIsDecorated(false);
    m_historyList->setUniformRowHeights(true);
    m_historyList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_historyList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_historyList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString url = item->data(2, Qt::UserRole).toString();
        if (!url.isEmpty())
            importText(url);
    });
    auto *hint = new QLabel(tr("Links you copied, opened or ran. Double-click one to load it into the form. "
                               "Only links are kept, never codes or tokens."),
                            page);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 6, 4, 4);
    layout->addWidget(hint);
    layout->addWidget(m_historyList, 1);
    return page;
}

// ---- state ------------------------------------------------------------------------------------------------

ConnectRequest MainWindow::sampleRequest()
{
    ConnectRequest r;
    r.clientId = QString::fromLatin1(sandbox::SandboxConfig::DemoClientId);
    r.redirectUri = QString::fromLatin1(sandbox::SandboxConfig::DemoRedirectUri);
    r.scope = {{QStringLiteral("read_vehicle_info"), true},
               {QStringLiteral("read_odometer"), false},
               {QStringLiteral("read_location"), false}};
    r.state = StateGenerator::generate();
    r.mode = QStringLiteral("simulated");
    r.approvalPrompt = QStringLiteral("auto");
    return r;
}

void MainWindow::loadSample()
{
    if (m_target != RequestForm::Target::Sandbox || !m_sandbox)
        setTarget(RequestForm::Target::Sandbox);
    applyRequest(sampleRequest(), tr("Start from the sample"));
    m_form->setNewStateEveryRun(true);
    m_banner->clear();
}

void MainWindow::applyRequest(const ConnectRequest &request, const QString &undoText)
{
    m_form->edit(undoText, QString(), [&] {
        ConnectRequest next = request;
        next.baseUrl = m_model->baseUrl();
        m_model->setRequest(next);
    });
}

bool MainWindow::ensureSandbox(QString *error)
{
    if (m_sandbox && m_sandbox->isListening())
        return true;
    if (!m_sandbox) {
        m_sandbox = new sandbox::SandboxServer(this);
        m_sandbox->setConfig(sandbox::SandboxConfig::defaults());
    }
    if (!m_sandbox->listen(0)) {
        if (error)
            *error = tr("The local sandbox could not listen on 127.0.0.1.");
        return false;
    }
    if (!m_sandboxPanel) {
        m_sandboxPanel = new SandboxPanel(m_sandbox, this);
        m_sandboxPanel->setObjectName(QStringLiteral("sandboxPanel"));
        m_sideTabs->addTab(m_sandboxPanel, Icons::get(QStringLiteral("app")), tr("San&dbox"));
        connect(m_sandboxPanel, &SandboxPanel::useInLinkRequested, this, &MainWindow::useSandboxApp);
    } else {
        m_sandboxPanel->refresh();
    }
    return true;
}

SandboxPanel *MainWindow::sandboxPanel() const
{
    return m_sandboxPanel;
}

void MainWindow::useSandboxApp(const QString &clientId, const QString &redirectUri)
{
    ConnectRequest next = m_model->request();
    next.clientId = clientId;
    if (!redirectUri.isEmpty())
        next.redirectUri = redirectUri;
    applyRequest(next, tr("Use sandbox app %1").arg(clientId));
    m_banner->showMessage(Severity::Info, tr("The link now uses the sandbox app %1.").arg(clientId),
                          tr("Undo (Ctrl+Z) brings the previous client id back."));
}

void MainWindow::setTarget(RequestForm::Target target)
{
    QString sandboxAddress;
    if (target == RequestForm::Target::Sandbox) {
        QString error;
        if (ensureSandbox(&error)) {
            sandboxAddress = m_sandbox->baseUrl().toString(QUrl::StripTrailingSlash);
        } else {
            m_banner->showMessage(Severity::Error, error, tr("The link points at Smartcar Connect instead."));
            target = RequestForm::Target::Connect;
        }
    }
    m_target = target;
    m_model->setBaseUrl(target == RequestForm::Target::Sandbox
                            ? sandboxAddress
                            : QString::fromLatin1(ConnectRequest::DefaultBaseUrl));
    m_form->setTarget(target, sandboxAddress);
    m_actions
        .value(target == RequestForm::Target::Sandbox ? QStringLiteral("targetSandboxAction")
                                                      : QStringLiteral("targetConnectAction"))
        ->setChecked(true);
    updateExchangeTarget();
    scheduleSessionSave();
}

QUrl MainWindow::effectiveRedirectUri() const
{
    if (!m_model->redirectUri().isEmpty())
        return QUrl(m_model->redirectUri());
    if (m_target == RequestForm::Target::Sandbox && m_sandbox) {
        if (const sandbox::RegisteredApp *app = m_sandbox->config().app(m_model->clientId()))
            if (!app->redirectUris.isEmpty())
                return QUrl(app->redirectUris.first());
    }
    return {};
}

QJsonObject MainWindow::settings() const
{
    return {{QStringLiteral("target"),
             m_target == RequestForm::Target::Sandbox ? sandboxTargetName() : connectTargetName()},
            {QStringLiteral("newStateEveryRun"), m_form->newStateEveryRun()}};
}

void MainWindow::applySettings(const QJsonObject &settings)
{
    const QString target = settings.value(QStringLiteral("target")).toString(sandboxTargetName());
    setTarget(target == connectTargetName() ? RequestForm::Target::Connect : RequestForm::Target::Sandbox);
    m_form->setNewStateEveryRun(settings.value(QStringLiteral("newStateEveryRun")).toBool(true));
}

// ---- import
// -------------------------------------------------------------------------------------------------

bool MainWindow::importText(const QString &text)
{
    const QString input = text.trimmed();
    if (input.isEmpty()) {
        m_banner->showMessage(Severity::Error, tr("Nothing to import: there is no text."),
                              tr("Copy a Connect link (or its query string) and paste it again. The form is "
                                 "unchanged."));
        return false;
    }
    const ParseResult parsed = UrlParser::parse(input);
    bool connectParameters = false;
    for (const Parameter &p : parsed.parameters)
        connectParameters = connectParameters || Catalog::instance().parameter(p.name) != nullptr;
    if (!parsed.ok || parsed.parameters.isEmpty() || !connectParameters) {
        QString shown = input.left(80);
        if (input.size() > 80)
            shown += QStringLiteral("…");
        m_banner->showMessage(Severity::Error, tr("That is not a Connect link: no Connect parameters in it."),
                              tr("Read: “%1”. A Connect link looks like https://connect.smartcar.com/oauth/"
                                 "authorize?response_type=code&client_id=…. The form is unchanged.")
                                  .arg(shown));
        return false;
    }

    QStringList notes;
    const QUrl url(input);
    const bool hasOrigin = url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty();
    if (hasOrigin) {
        const QString origin = originOf(url);
        const bool isConnect = origin == QLatin1String(ConnectRequest::DefaultBaseUrl);
        const bool isLoopback =
            url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost");
        if (isConnect && m_target != RequestForm::Target::Connect) {
            setTarget(RequestForm::Target::Connect);
            notes << tr("The link points at Smartcar Connect: the target is now Smartcar Connect.");
        } else if (isLoopback && m_target != RequestForm::Target::Sandbox) {
            setTarget(RequestForm::Target::Sandbox);
            notes << tr("The link points at a local address: the target is now the local sandbox.");
        } else if (!isConnect && !isLoopback) {
            notes << tr("The link pointed at %1; it now points at the current target.").arg(origin);
        } else if (isLoopback && m_sandbox && origin != m_model->baseUrl()) {
            notes << tr("The link pointed at %1; it now points at this run's sandbox.").arg(origin);
        }
    }
    for (const Diagnostic &d : parsed.diagnostics)
        notes << d.field + QStringLiteral(": ") + d.message;
    // An imported link is run as it is: its state (or the lack of one) is part of what is being tested.
    if (m_form->newStateEveryRun()) {
        m_form->setNewStateEveryRun(false);
        notes << tr("\"New state every run\" is now off, so Run sends the link's own state; tick it to draw "
                    "a fresh state for every run.");
    }

    applyRequest(parsed.request, tr("Import a link"));
    const int count = int(parsed.parameters.size());
    Severity severity = Severity::Info;
    for (const Diagnostic &d : parsed.diagnostics)
        if (int(d.severity) > int(severity))
            severity = d.severity;
    m_banner->showMessage(
        severity == Severity::Error ? Severity::Warning : severity,
        tr("Imported %n parameter(s). Undo (Ctrl+Z) brings the previous link back.", nullptr, count),
        notes.isEmpty()
            ? QString()
            : tr("What was normalized:") + QStringLiteral("\n• ") + notes.join(QStringLiteral("\n• ")));
    return true;
}

void MainWindow::pasteLink()
{
    importText(QGuiApplication::clipboard()->text());
}

void MainWindow::importDialog()
{
    QString suggestion = QGuiApplication::clipboard()->text().trimmed();
    if (!suggestion.contains(QLatin1Char('=')))
        suggestion.clear();
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Import a link"),
        tr("Paste a Connect link or its query string. Any SDK's encoding is fine; nothing is lost."),
        suggestion, &ok);
    if (ok)
        importText(text);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    QString text;
    if (mime->hasUrls() && !mime->urls().isEmpty()) {
        const QUrl url = mime->urls().constFirst();
        if (url.isLocalFile()) {
            loadProfileFile(url.toLocalFile());
            event->acceptProposedAction();
            return;
        }
        text = url.toString(QUrl::FullyEncoded);
    }
    if (mime->hasText())
        text = mime->text();
    importText(text);
    event->acceptProposedAction();
}

// ---- profiles, session --------------------------------------------------------------------------------

bool MainWindow::loadProfileFile(const QString &path)
{
    Profile profile;
    QString error;
    if (!Profile::load(path, &profile, &error)) {
        m_banner->showMessage(Severity::Error, tr("Could not load the profile."), error);
        return false;
    }
    applySettings(profile.settings);
    applyRequest(profile.request, tr("Load profile %1").arg(profile.name));
    m_banner->showMessage(Severity::Info, tr("Loaded profile “%1”.").arg(profile.name));
    return true;
}

bool MainWindow::saveProfileFile(const QString &path, const QString &name)
{
    Profile profile;
    profile.name = name;
    profile.request = m_model->request();
    profile.settings = settings();
    QString error;
    if (!profile.save(path, &error)) {
        m_banner->showMessage(Severity::Error, tr("Could not save the profile."), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved profile “%1”.").arg(name), 4000);
    refreshProfileMenu();
    return true;
}

bool MainWindow::saveProfile(const QString &name)
{
    return saveProfileFile(m_profiles->pathFor(name), name);
}

bool MainWindow::loadProfile(const QString &name)
{
    return loadProfileFile(m_profiles->pathFor(name));
}

bool MainWindow::saveSession() const
{
    if (!m_options.persist)
        return false;
    Profile profile;
    profile.name = QStringLiteral("session");
    profile.request = m_model->request();
    profile.settings = settings();
    QString error;
    return profile.save(m_profiles->sessionPath(), &error);
}

bool MainWindow::restoreSession()
{
    Profile profile;
    QString error;
    if (!Profile::load(m_profiles->sessionPath(), &profile, &error))
        return false;
    applySettings(profile.settings);
    applyRequest(profile.request, tr("Restore the last session"));
    return true;
}

void MainWindow::scheduleSessionSave()
{
    if (m_options.persist && m_sessionTimer)
        m_sessionTimer->start();
}

void MainWindow::refreshProfileMenu()
{
    if (!m_profileMenu)
        return;
    m_profileMenu->clear();
    const QStringList names = m_profiles->names();
    for (const QString &name : names)
        m_profileMenu->addAction(name, this, [this, name] { loadProfile(name); });
    if (names.isEmpty())
        m_profileMenu->addAction(tr("No saved profiles yet"))->setEnabled(false);
}

void MainWindow::openProfileDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a profile"), m_profiles->directory(),
                                                      tr("Connect Lab profiles (*.json)"));
    if (!path.isEmpty())
        loadProfileFile(path);
}

void MainWindow::saveProfileDialog()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save profile"), tr("Name of the profile:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        saveProfile(name.trimmed());
}

void MainWindow::exportProfileDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the profile"),
                                                      m_profiles->directory() + QStringLiteral("/link.json"),
                                                      tr("Connect Lab profiles (*.json)"));
    if (!path.isEmpty())
        saveProfileFile(path, QFileInfo(path).completeBaseName());
}

// ---- share -----------------------------------------------------------------------------------------------

void MainWindow::copyLink()
{
    QGuiApplication::clipboard()->setText(m_model->url());
    m_history->add(QStringLiteral("copied"), m_model->url(), tr("copied the link"));
    statusBar()->showMessage(tr("Copied the link."), 3000);
}

void MainWindow::copyMarkdown()
{
    QGuiApplication::clipboard()->setText(LinkFormats::markdown(m_model->url()));
    m_history->add(QStringLiteral("copied"), m_model->url(), tr("copied as Markdown"));
    statusBar()->showMessage(tr("Copied the link as Markdown."), 3000);
}

void MainWindow::copyHtml()
{
    auto *mime = new QMimeData;
    const QString html = LinkFormats::html(m_model->url());
    mime->setHtml(html);
    mime->setText(html);
    QGuiApplication::clipboard()->setMimeData(mime);
    m_history->add(QStringLiteral("copied"), m_model->url(), tr("copied as HTML"));
    statusBar()->showMessage(tr("Copied the link as an HTML anchor."), 3000);
}

QrCodeDialog *MainWindow::showQrCode()
{
    auto *dialog = new QrCodeDialog(m_model->url(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::openInBrowser()
{
    const QUrl url(m_model->url());
    m_history->add(QStringLiteral("opened"), m_model->url(), tr("opened in the system browser"));
    if (!QDesktopServices::openUrl(url))
        m_banner->showMessage(Severity::Warning, tr("No web browser could be started."),
                              tr("Copy the link (Ctrl+Shift+C) and paste it into a browser."));
}

// ---- run
// ---------------------------------------------------------------------------------------------------

void MainWindow::run()
{
    if (!m_flowRunner) {
        if (!m_flowRunnerFactory) {
            m_banner->showMessage(Severity::Warning, tr("Run is not available in this build."),
                                  tr("Copy the link or open it in your browser instead."));
            return;
        }
        m_flowRunner = m_flowRunnerFactory(this);
        if (!m_flowRunner)
            return;
        m_flowRunner->setObjectName(QStringLiteral("flowRunner"));
        m_sideTabs->addTab(m_flowRunner, Icons::get(QStringLiteral("run")), tr("R&un"));
        connect(m_flowRunner, &FlowRunner::launched, this, [this](const QUrl &url) {
            m_history->add(QStringLiteral("launched"), url.toString(), tr("run"));
        });
        connect(m_flowRunner, &FlowRunner::codeReceived, this,
                [this](const QString &code, const QUrl &redirectUri) {
                    ExchangePanel *panel = showExchange();
                    panel->setCode(code, redirectUri);
                });
        connect(m_flowRunner, &FlowRunner::finished, this,
                [this](bool gotCode, const QString &summary, const QUrl &) {
                    // The callback URL carries the code: only the summary goes into the history.
                    m_history->add(QStringLiteral("finished"), m_model->url(),
                                   (gotCode ? tr("code received") : tr("no code")) + QStringLiteral(": ") +
                                       summary);
                });
    }
    if (m_form->newStateEveryRun())
        m_form->generateState();
    m_sideTabs->setCurrentWidget(m_flowRunner);
    m_flowRunner->run(QUrl(m_model->url()), effectiveRedirectUri(), m_model->state());
}

ExchangePanel *MainWindow::exchangePanel() const
{
    return m_exchange;
}

ExchangePanel *MainWindow::showExchange()
{
    if (!m_exchange) {
        m_exchange = new ExchangePanel(this);
        m_exchange->setObjectName(QStringLiteral("exchangePanel"));
        m_sideTabs->addTab(m_exchange, Icons::get(QStringLiteral("key")), tr("&Tokens"));
        connect(m_exchange, &ExchangePanel::reauthenticateRequested, this, &MainWindow::reauthenticate);
        connect(m_exchange, &ExchangePanel::exchangeFinished, this, [this](bool ok, const QString &summary) {
            // The summary never holds the secret or a token.
            m_history->add(QStringLiteral("exchanged"), m_model->url(),
                           (ok ? tr("tokens received") : tr("exchange failed")) + QStringLiteral(": ") +
                               summary);
        });
        connect(m_model, &ConnectModel::clientIdChanged, m_exchange, [this] { updateExchangeTarget(); });
        connect(m_model, &ConnectModel::baseUrlChanged, m_exchange, [this] { updateExchangeTarget(); });
    }
    updateExchangeTarget();
    return m_exchange;
}

void MainWindow::updateExchangeTarget()
{
    if (!m_exchange)
        return;
    const bool onSandbox = m_target == RequestForm::Target::Sandbox && m_sandbox && m_sandbox->isListening();
    const ApiTarget target =
        onSandbox ? ApiTarget::singleOrigin(m_sandbox->baseUrl()) : ApiTarget::smartcar();
    if (target.tokenUrl() != m_exchange->target().tokenUrl() || m_model->clientId() != m_exchange->clientId())
        m_exchange->setTarget(target, m_model->clientId());
    // On the local sandbox the secret is known: the demo app's is documented and public, and apps added in
    // the Sandbox tab were typed there this session. Fill it in (never saved). Smartcar's stay empty.
    const sandbox::RegisteredApp *app = onSandbox ? m_sandbox->config().app(m_model->clientId()) : nullptr;
    QString note;
    if (app && app->clientId == QLatin1String(sandbox::SandboxConfig::DemoClientId) &&
        app->clientSecret == QLatin1String(sandbox::SandboxConfig::DemoClientSecret))
        note =
            tr("The sandbox demo app's documented secret, filled in for you. It is public and never saved.");
    else if (app)
        note = tr("The secret registered for this app in the Sandbox tab (kept for this session only).");
    m_exchange->setSuggestedSecret(app ? app->clientSecret : QString(), note);
}

void MainWindow::reauthenticate(const QString &vehicleId)
{
    ConnectRequest next = m_model->request();
    next.makeReauthentication(vehicleId);
    applyRequest(next, tr("Re-authenticate vehicle"));
    m_sideTabs->setCurrentIndex(0);
    m_banner->showMessage(
        Severity::Info, tr("The link now re-authenticates vehicle %1.").arg(vehicleId),
        tr("Run it to renew that vehicle's access; Undo (Ctrl+Z) brings the previous link back."));
}

// ---- feedback
// ----------------------------------------------------------------------------------------------

void MainWindow::focusField(const QString &field)
{
    if (field == QLatin1String("url")) {
        m_linkView->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (QWidget *w = m_form->focusField(field))
        m_formScroll->ensureWidgetVisible(w, 20, 40);
}

void MainWindow::updateStatus()
{
    int errors = 0, warnings = 0, notes = 0;
    for (const Diagnostic &d : m_model->diagnostics()) {
        if (d.severity == Severity::Error)
            ++errors;
        else if (d.severity == Severity::Warning)
            ++warnings;
        else
            ++notes;
    }
    const QPalette p = palette();
    QStringList parts;
    if (errors)
        parts << tr("%n error(s)", nullptr, errors);
    if (warnings)
        parts << tr("%n warning(s)", nullptr, warnings);
    if (notes)
        parts << tr("%n note(s)", nullptr, notes);
    QString text;
    QColor color;
    if (errors) {
        color = Theme::severityColor(Severity::Error, p);
        text =
            QStringLiteral("✗ ") + tr("Connect will refuse this link: ") + parts.join(QStringLiteral(", "));
    } else {
        color = warnings ? Theme::severityColor(Severity::Warning, p) : Theme::okColor(p);
        text = QStringLiteral("✓ ") + tr("Valid link") +
               (parts.isEmpty() ? QString()
                                : QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QLatin1Char(')'));
    }
    m_linkStatus->setText(QStringLiteral("<span style=\"color:") + color.name() +
                          QStringLiteral("; font-weight:bold\">") + text.toHtmlEscaped() +
                          QStringLiteral("</span>"));
    m_linkStatus->setProperty("severity",
                              errors ? QStringLiteral("error")
                                     : (warnings ? QStringLiteral("warning") : QStringLiteral("none")));
}

void MainWindow::refreshHistory()
{
    m_historyList->clear();
    const auto &entries = m_history->entries();
    QList<QTreeWidgetItem *> items;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        auto *item = new QTreeWidgetItem({QLocale().toString(it->time, QLocale::ShortFormat),
                                          it->summary.isEmpty() ? it->kind : it->summary, it->url});
        item->setData(2, Qt::UserRole, it->url);
        item->setToolTip(2, it->url);
        items << item;
    }
    m_historyList->addTopLevelItems(items);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange)
        updateStatus();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_sessionTimer->isActive())
        m_sessionTimer->stop();
    saveSession();
    if (m_flowRunner)
        m_flowRunner->stop();
    event->accept();
}

} // namespace connectlab
