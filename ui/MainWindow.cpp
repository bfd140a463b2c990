#include "MainWindow.h"

#include "Banner.h"
#include "CodeView.h"
#include "CompareDialog.h"
#include "ConnectLabLink.h"
#include "ConnectModel.h"
#include "DiagnosticsView.h"
#include "ExchangePanel.h"
#include "FlowRunner.h"
#include "HistoryPage.h"
#include "HistoryStore.h"
#include "Icons.h"
#include "ImportDialog.h"
#include "LinkFormats.h"
#include "LinkImport.h"
#include "LinkPage.h"
#include "LinkView.h"
#include "ParameterTable.h"
#include "ProfileStore.h"
#include "ProfilesDialog.h"
#include "QrCodeDialog.h"
#include "RequestForm.h"
#include "SandboxController.h"
#include "SandboxPanel.h"
#include "SessionKeeper.h"
#include "StateGenerator.h"
#include "UndoShortcutRouter.h"
#include "WindowActions.h"
#include "sandbox/SandboxServer.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace connectlab {

MainWindow::MainWindow(QWidget *parent) : MainWindow(Options{}, parent) {}

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent), m_options(options), m_document(new LinkDocument(this)),
      m_profiles(std::make_unique<ProfileStore>()), m_history(new HistoryStore(this)),
      m_sandbox(new SandboxController(
          options.persist ? m_profiles->settingsPath(QStringLiteral("sandbox")) : QString(), this)),
      m_session(new SessionKeeper(m_document, options.persist ? m_profiles->sessionPath() : QString(), this)),
      m_run(new RunCoordinator(m_document, m_sandbox, m_history, this, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Connect Lab"));
    setWindowIcon(Icons::app());
    setAcceptDrops(true);
    resize(1280, 800);
    // The sandbox's address is known before it listens: the first paint needs no server.
    m_document->setSandboxAddress(m_sandbox->address());

    m_banner = new Banner(this);
    m_form = new RequestForm(m_document, this);
    m_actions = new WindowActions(this, m_document->undoStack());
    new UndoShortcutRouter(this);
    m_formScroll = new QScrollArea(this);
    m_formScroll->setObjectName(QStringLiteral("formScroll"));
    m_formScroll->setWidget(m_form);
    m_formScroll->setWidgetResizable(true);
    m_formScroll->setFrameShape(QFrame::NoFrame);
    // Never narrower than the form itself: the splitter gives the rest to the link.
    m_formScroll->setMinimumWidth(m_form->minimumSizeHint().width() +
                                  m_formScroll->verticalScrollBar()->sizeHint().width());
    m_formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_linkPage = new LinkPage(m_document->model(),
                              {m_actions->get(QStringLiteral("copyLinkAction")),
                               m_actions->get(QStringLiteral("copyMarkdownAction")),
                               m_actions->get(QStringLiteral("copyHtmlAction"))},
                              this);
    auto *historyPage = new HistoryPage(m_history, this);
    m_sideTabs = new QTabWidget(this);
    m_sideTabs->setObjectName(QStringLiteral("sideTabs"));
    m_sideTabs->setDocumentMode(true);
    placeSideTab(m_linkPage, QStringLiteral("copy"), tr("&Link"), SideTab::Link);
    placeSideTab(historyPage, QStringLiteral("history"), tr("&History"), SideTab::History);
    placeSideTab(new CodeView(m_document->model(), this), QStringLiteral("html"), tr("&Code"), SideTab::Code);

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
    statusBar()->setObjectName(QStringLiteral("statusBar"));

    connectActions();
    connect(m_linkPage, &LinkPage::fieldActivated, this, &MainWindow::focusField);
    connect(historyPage, &HistoryPage::linkActivated, this, &MainWindow::importText);
    connect(m_document, &LinkDocument::targetChanged, this, &MainWindow::onTargetChanged);
    connect(m_sandbox, &SandboxController::started, this, &MainWindow::onSandboxStarted);
    connect(m_sandbox, &SandboxController::addressChanged, m_document, &LinkDocument::setSandboxAddress);
    connect(m_sandbox, &SandboxController::configChanged, this, &MainWindow::updateRegistrations);
    connect(m_form, &RequestForm::registerRequested, this, &MainWindow::registerInSandbox);
    connect(m_run, &RunCoordinator::runnerCreated, this, [this](FlowRunner *runner) {
        placeSideTab(runner, QStringLiteral("run"), tr("R&un"), SideTab::Run);
        connect(runner, &FlowRunner::waitingChanged, m_actions->get(QStringLiteral("stopAction")),
                &QAction::setEnabled);
    });
    // Stop only means something while a run waits for its redirect.
    m_actions->get(QStringLiteral("stopAction"))->setEnabled(false);
    // The import banner speaks of the import: undoing it takes the banner away too.
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, [this](int index) {
        if (m_bannerUndoIndex >= 0 && index < m_bannerUndoIndex) {
            m_banner->clear();
            m_bannerUndoIndex = -1;
        }
    });
    connect(m_run, &RunCoordinator::started, this, [this] { m_sideTabs->setCurrentWidget(m_run->runner()); });
    connect(m_run, &RunCoordinator::codeReceived, this, [this](const QString &code, const QUrl &redirectUri) {
        showExchange()->setCode(code, redirectUri);
    });
    connect(m_run, &RunCoordinator::userIdReceived, this,
            [this](const QString &userId) { showExchange()->setUserId(userId); });
    // The Tokens tab says which run its results came from, and when a later one brought none.
    connect(m_run, &RunCoordinator::started, this, [this] {
        if (m_exchange)
            m_exchange->runStarted(m_run->runCount(), m_run->runStartedAt());
    });
    connect(m_run, &RunCoordinator::runFinished, this, [this](bool success, const QString &summary) {
        // The Tokens tab appears with the code or user id (it may follow this signal); until then it learns
        // how the run ended when it is created.
        m_lastRunEnd = {m_run->runCount(), success, summary};
        if (m_exchange)
            m_exchange->runFinished(success, summary);
    });

    if (m_options.persist) {
        m_history->setPath(m_profiles->historyPath());
        m_history->load();
    }
    if (!(m_options.restoreSession && m_session->restore()))
        loadSample();
    m_document->clearHistory(); // the starting point is not an edit
    onTargetChanged(m_document->target());
    refreshProfileMenu();
}

MainWindow::~MainWindow()
{
    m_run->stop();
}

void MainWindow::connectActions()
{
    auto on = [this](const char *name, auto slot) {
        connect(m_actions->get(QString::fromLatin1(name)), &QAction::triggered, this, slot);
    };
    on("newAction", [this] { loadSample(); });
    on("importAction", [this] { importDialog(); });
    on("openProfileAction", [this] { openProfileDialog(); });
    on("saveProfileAction", [this] { saveProfileDialog(); });
    on("exportProfileAction", [this] { exportProfileDialog(); });
    on("manageProfilesAction", [this] { manageProfiles(); });
    on("quitAction", [this] { close(); });
    on("pasteLinkAction", [this] { pasteLink(); });
    on("generateStateAction", [this] { m_form->generateState(); });
    on("clearHistoryAction", [this] { m_history->clear(); });
    on("copyLinkAction", [this] { copyLink(); });
    on("copyMarkdownAction", [this] { copyMarkdown(); });
    on("copyHtmlAction", [this] { copyHtml(); });
    on("copyConnectLabLinkAction", [this] { copyConnectLabLink(); });
    on("qrCodeAction", [this] { showQrCode(); });
    on("compareLinksAction", [this] {
        auto *dialog = new CompareDialog(model()->url(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    on("openBrowserAction", [this] { openInBrowser(); });
    on("runAction", [this] { run(); });
    on("stopAction", [this] { m_run->stop(); });
    on("targetSandboxAction", [this] { setTarget(LinkDocument::Target::Sandbox); });
    on("targetConnectAction", [this] { setTarget(LinkDocument::Target::Connect); });
    on("aboutAction", [this] {
        QMessageBox::about(
            this, tr("About Connect Lab"),
            tr("<b>Connect Lab</b> %1<br>Compose, check and run Smartcar Connect links.<br><br>"
               "Type in the form or paste a link (Ctrl+V): the link and what is wrong with it "
               "update as you type. Run (Ctrl+Return) walks through Connect in an embedded "
               "browser, against the local sandbox or Smartcar.")
                .arg(QApplication::applicationVersion()));
    });
}

// ---- the parts
// ----------------------------------------------------------------------------------------------

ConnectModel *MainWindow::model() const
{
    return m_document->model();
}

QUndoStack *MainWindow::undoStack() const
{
    return m_document->undoStack();
}

LinkView *MainWindow::linkView() const
{
    return m_linkPage->linkView();
}

ParameterTable *MainWindow::parameterTable() const
{
    return m_linkPage->parameterTable();
}

DiagnosticsView *MainWindow::diagnosticsView() const
{
    return m_linkPage->diagnosticsView();
}

FlowRunner *MainWindow::flowRunner() const
{
    return m_run->runner();
}

void MainWindow::setFlowRunnerFactory(FlowRunnerFactory factory)
{
    m_run->setFactory(std::move(factory));
}

bool MainWindow::event(QEvent *event)
{
    const bool handled = QMainWindow::event(event);
    // Start the sandbox once the window has been painted: the first paint waits for nothing.
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        if (m_document->target() == LinkDocument::Target::Sandbox)
            QTimer::singleShot(50, m_sandbox, [this] { m_sandbox->start(); });
    }
    return handled;
}

// ---- target and sandbox
// ---------------------------------------------------------------------------------------

void MainWindow::setTarget(LinkDocument::Target target)
{
    m_document->setTarget(target);
    onTargetChanged(m_document->target());
}

void MainWindow::onTargetChanged(LinkDocument::Target target)
{
    if (target == LinkDocument::Target::Sandbox && m_painted) {
        QString error;
        if (!m_sandbox->start(&error)) {
            m_banner->showMessage(Severity::Error, error, tr("The link points at Smartcar Connect instead."));
            m_document->setTarget(LinkDocument::Target::Connect);
            return;
        }
    }
    m_actions
        ->get(target == LinkDocument::Target::Sandbox ? QStringLiteral("targetSandboxAction")
                                                      : QStringLiteral("targetConnectAction"))
        ->setChecked(true);
    updateRegistrations();
    updateExchangeTarget();
}

sandbox::SandboxServer *MainWindow::sandboxServer() const
{
    return m_sandbox->server();
}

SandboxPanel *MainWindow::sandboxPanel() const
{
    return m_sandboxPanel;
}

void MainWindow::onSandboxStarted()
{
    if (m_sandboxPanel) {
        m_sandboxPanel->refresh();
        return;
    }
    m_sandboxPanel = new SandboxPanel(m_sandbox->server(), this);
    m_sandboxPanel->setObjectName(QStringLiteral("sandboxPanel"));
    placeSideTab(m_sandboxPanel, QStringLiteral("app"), tr("San&dbox"), SideTab::Sandbox);
    connect(m_sandboxPanel, &SandboxPanel::useInLinkRequested, this, &MainWindow::useSandboxApp);
    updateExchangeTarget();
}

void MainWindow::updateRegistrations()
{
    // The sandbox's apps are known: the link's diagnostics say when it would refuse the link. Smartcar's
    // Dashboard is not known here.
    model()->setRegistrations(
        target() == LinkDocument::Target::Sandbox ? std::optional(m_sandbox->registrations()) : std::nullopt);
}

void MainWindow::registerInSandbox()
{
    const QString clientId = model()->clientId();
    const QString redirectUri = model()->redirectUri();
    const bool known = m_sandbox->app(clientId) != nullptr;
    const bool done = known ? m_sandbox->registerRedirectUri(clientId, redirectUri)
                            : m_sandbox->registerApp(clientId, redirectUri);
    if (!done) {
        m_banner->showMessage(Severity::Error, tr("The local sandbox could not register it."),
                              tr("Add the app in the Sandbox tab instead."));
        return;
    }
    m_banner->showMessage(Severity::Info,
                          known ? tr("Registered %1 for this app in the local sandbox.").arg(redirectUri)
                                : tr("Registered the app %1 in the local sandbox.").arg(clientId),
                          tr("For this session only; the Sandbox tab lists it, with the app's secret."));
}

void MainWindow::useSandboxApp(const QString &clientId, const QString &redirectUri)
{
    ConnectRequest next = model()->request();
    next.clientId = clientId;
    if (!redirectUri.isEmpty())
        next.redirectUri = redirectUri;
    m_document->replaceRequest(next, tr("Use sandbox app %1").arg(clientId));
    m_banner->showMessage(Severity::Info, tr("The link now uses the sandbox app %1.").arg(clientId),
                          tr("Undo (Ctrl+Z) brings the previous client id back."));
}

QUrl MainWindow::effectiveRedirectUri() const
{
    return m_run->effectiveRedirectUri();
}

// ---- the sample
// -------------------------------------------------------------------------------------------------

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
    r.setCountry(QStringLiteral("US")); // a simulated vehicle belongs to a region
    return r;
}

void MainWindow::loadSample()
{
    m_document->edit(tr("Start from the sample"), QString(), [this] {
        m_document->applySettings(
            {{QStringLiteral("target"), LinkDocument::targetName(LinkDocument::Target::Sandbox)},
             {QStringLiteral("newStateEveryRun"), true}});
        ConnectRequest next = sampleRequest();
        next.baseUrl = model()->baseUrl();
        model()->setRequest(next);
    });
    m_banner->clear();
}

// ---- import
// -------------------------------------------------------------------------------------------------------

bool MainWindow::importText(const QString &text)
{
    const LinkImport in = LinkImport::read(text);
    if (!in.isOk()) {
        m_banner->showMessage(Severity::Error, tr("Nothing was imported."),
                              in.error() + u' ' + tr("The form is unchanged."));
        return false;
    }
    const QStringList notes = m_document->applyImport(in);
    m_bannerUndoIndex = m_document->undoStack()->index();
    Severity severity = Severity::Info;
    for (const Diagnostic &d : in.notes())
        if (int(d.severity) > int(severity))
            severity = d.severity;
    m_banner->showMessage(severity == Severity::Error ? Severity::Warning : severity,
                          tr("Imported %n parameter(s). Undo (Ctrl+Z) brings the previous link back.",
                             nullptr, int(in.parsed().parameters.size())),
                          notes.isEmpty() ? QString()
                                          : tr("What was normalized:") + QStringLiteral("\n• ") +
                                                notes.join(QStringLiteral("\n• ")));
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
    auto *dialog = new ImportDialog(suggestion, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { importText(dialog->text()); });
    dialog->open();
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

// ---- profiles
// -----------------------------------------------------------------------------------------------------

bool MainWindow::loadProfileFile(const QString &path)
{
    Profile profile;
    QString error;
    if (!Profile::load(path, &profile, &error)) {
        m_banner->showMessage(Severity::Error, tr("Could not load the profile."), error);
        return false;
    }
    m_document->edit(tr("Load profile %1").arg(profile.name), QString(), [&] {
        m_document->applySettings(profile.settings);
        ConnectRequest next = profile.request;
        next.baseUrl = model()->baseUrl();
        model()->setRequest(next);
    });
    m_banner->showMessage(Severity::Info, tr("Loaded profile “%1”.").arg(profile.name));
    return true;
}

bool MainWindow::saveProfileFile(const QString &path, const QString &name)
{
    QString error;
    if (!SessionKeeper::snapshot(*m_document, name).save(path, &error)) {
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
    return m_session->save();
}

void MainWindow::refreshProfileMenu()
{
    QMenu *menu = m_actions->profileMenu();
    menu->clear();
    const QStringList names = m_profiles->names();
    for (const QString &name : names)
        menu->addAction(name, this, [this, name] { loadProfile(name); });
    if (names.isEmpty())
        menu->addAction(tr("No saved profiles yet"))->setEnabled(false);
}

ProfilesDialog *MainWindow::manageProfiles()
{
    auto *dialog = new ProfilesDialog(m_profiles.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfilesDialog::loadRequested, this, [this](const QString &name) { loadProfile(name); });
    connect(dialog, &ProfilesDialog::profilesChanged, this, &MainWindow::refreshProfileMenu);
    dialog->open();
    return dialog;
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

// ---- share
// --------------------------------------------------------------------------------------------------------

void MainWindow::addSideTab(QWidget *tab, const QString &iconName, const QString &title)
{
    placeSideTab(tab, iconName, title, SideTab::Added);
}

void MainWindow::placeSideTab(QWidget *tab, const QString &iconName, const QString &title, SideTab place)
{
    // Tabs appear as they are needed (Run with the first run, Sandbox once it listens) but always in one
    // order: the link's own tabs, then what a run brings, then the sandbox, then the added ones.
    tab->setProperty("sideTabPlace", int(place));
    int index = m_sideTabs->count();
    while (index > 0 && m_sideTabs->widget(index - 1)->property("sideTabPlace").toInt() > int(place))
        --index;
    m_sideTabs->insertTab(index, tab, Icons::get(iconName), title);
}

void MainWindow::copyLink()
{
    QGuiApplication::clipboard()->setText(model()->url());
    m_history->add(QStringLiteral("copied"), model()->url(), tr("copied the link"));
    statusBar()->showMessage(tr("Copied the link."), 3000);
}

void MainWindow::copyMarkdown()
{
    QGuiApplication::clipboard()->setText(LinkFormats::markdown(model()->url()));
    m_history->add(QStringLiteral("copied"), model()->url(), tr("copied as Markdown"));
    statusBar()->showMessage(tr("Copied the link as Markdown."), 3000);
}

void MainWindow::copyConnectLabLink()
{
    const QString link = ConnectLabLink::build(model()->url());
    QGuiApplication::clipboard()->setText(link);
    m_history->add(QStringLiteral("copied"), model()->url(), tr("copied as a Connect Lab link"));
    statusBar()->showMessage(tr("Copied a connectlab:// link: it opens this link in Connect Lab."), 3000);
}

void MainWindow::openLink(const QString &text)
{
    // Over the link in the form, undoable, with the banner saying so: nothing unsaved is lost.
    if (!text.trimmed().isEmpty())
        importText(text);
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

void MainWindow::copyHtml()
{
    auto *mime = new QMimeData;
    const QString html = LinkFormats::html(model()->url());
    mime->setHtml(html);
    mime->setText(html);
    QGuiApplication::clipboard()->setMimeData(mime);
    m_history->add(QStringLiteral("copied"), model()->url(), tr("copied as HTML"));
    statusBar()->showMessage(tr("Copied the link as an HTML anchor."), 3000);
}

QrCodeDialog *MainWindow::showQrCode()
{
    auto *dialog = new QrCodeDialog(model()->url(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::openInBrowser()
{
    m_history->add(QStringLiteral("opened"), model()->url(), tr("opened in the system browser"));
    if (!QDesktopServices::openUrl(QUrl(model()->url())))
        m_banner->showMessage(Severity::Warning, tr("No web browser could be started."),
                              tr("Copy the link (Ctrl+Shift+C) and paste it into a browser."));
}

// ---- run and tokens
// ---------------------------------------------------------------------------------------------------

void MainWindow::run()
{
    if (!m_run->isAvailable()) {
        m_banner->showMessage(Severity::Warning, tr("Run is not available in this build."),
                              tr("Copy the link or open it in your browser instead."));
        return;
    }
    m_run->run();
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
        placeSideTab(m_exchange, QStringLiteral("key"), tr("&Tokens"), SideTab::Tokens);
        connect(m_exchange, &ExchangePanel::reauthenticateRequested, this, &MainWindow::reauthenticate);
        connect(m_exchange, &ExchangePanel::exchangeFinished, this, [this](bool ok, const QString &summary) {
            // The summary never holds the secret or a token.
            m_history->add(QStringLiteral("exchanged"), model()->url(),
                           (ok ? tr("tokens received") : tr("exchange failed")) + QStringLiteral(": ") +
                               summary);
        });
        connect(model(), &ConnectModel::clientIdChanged, m_exchange, [this] { updateExchangeTarget(); });
        connect(model(), &ConnectModel::baseUrlChanged, m_exchange, [this] { updateExchangeTarget(); });
        if (m_run->runCount() > 0) {
            m_exchange->runStarted(m_run->runCount(), m_run->runStartedAt());
            if (m_lastRunEnd.run == m_run->runCount())
                m_exchange->runFinished(m_lastRunEnd.success, m_lastRunEnd.summary);
        }
    }
    updateExchangeTarget();
    return m_exchange;
}

void MainWindow::updateExchangeTarget()
{
    if (!m_exchange)
        return;
    // The sandbox's address is known before it listens (it starts right after the first paint, or with a
    // run).
    const bool onSandbox = target() == LinkDocument::Target::Sandbox;
    const ApiTarget apiTarget =
        onSandbox ? ApiTarget::singleOrigin(QUrl(m_sandbox->address())) : ApiTarget::smartcar();
    if (apiTarget.tokenUrl() != m_exchange->target().tokenUrl() ||
        model()->clientId() != m_exchange->clientId())
        m_exchange->setTarget(apiTarget, model()->clientId());
    // On the local sandbox the secret is known: the demo app's is documented and public, and apps added in
    // the Sandbox tab were typed there this session. Fill it in (never saved). Smartcar's stay empty.
    const sandbox::RegisteredApp *app = onSandbox ? m_sandbox->app(model()->clientId()) : nullptr;
    QString note;
    if (app && app->clientId == QLatin1String(sandbox::SandboxConfig::DemoClientId) &&
        app->clientSecret == QLatin1String(sandbox::SandboxConfig::DemoClientSecret))
        note =
            tr("The sandbox demo app's documented secret, filled in for you. It is public and never saved.");
    else if (app)
        note = tr("The secret registered for this app in the Sandbox tab (kept for this session only).");
    m_exchange->setSuggestedSecret(app && !app->isV3() ? app->clientSecret : QString(), note);
    // A v3 app (API Authentication): its API Client ID and first secret, as for the demo v2 app.
    QString apiNote;
    if (app && app->isV3())
        apiNote =
            app->apiClientId == QLatin1String(sandbox::SandboxConfig::DemoV3ApiClientId)
                ? tr("The sandbox demo v3 app's documented API Client secret, filled in for you. It is "
                     "public "
                     "and never saved.")
                : tr("The API Client secret registered for this app in the Sandbox tab (this session only).");
    const bool v3 = app && app->isV3();
    m_exchange->setSuggestedApiCredentials(v3 ? app->apiClientId : QString(),
                                           v3 ? app->apiClientSecrets.value(0) : QString(), apiNote);
}

void MainWindow::reauthenticate(const QString &vehicleId)
{
    ConnectRequest next = model()->request();
    next.makeReauthentication(vehicleId);
    m_document->replaceRequest(next, tr("Re-authenticate vehicle"));
    m_sideTabs->setCurrentIndex(0);
    m_banner->showMessage(
        Severity::Info, tr("The link now re-authenticates vehicle %1.").arg(vehicleId),
        tr("Run it to renew that vehicle's access; Undo (Ctrl+Z) brings the previous link back."));
}

// ---- feedback
// -------------------------------------------------------------------------------------------------------

void MainWindow::focusField(const QString &field)
{
    if (field == QLatin1String("url")) {
        linkView()->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (QWidget *w = m_form->focusField(field))
        m_formScroll->ensureWidgetVisible(w, 20, 40);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_session->save();
    m_run->stop();
    event->accept();
}

bool MainWindow::showSideTab(const QString &title)
{
    const QString wanted = title.trimmed().toLower();
    if (wanted == QLatin1String("tokens"))
        showExchange();
    for (int i = 0; i < m_sideTabs->count(); ++i) {
        if (m_sideTabs->tabText(i).remove(QLatin1Char('&')).toLower() == wanted) {
            m_sideTabs->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

bool MainWindow::showSideTab(QWidget *tab)
{
    if (!tab || m_sideTabs->indexOf(tab) < 0)
        return false;
    m_sideTabs->setCurrentWidget(tab);
    return true;
}

QStringList MainWindow::sideTabTitles() const
{
    QStringList titles;
    for (int i = 0; i < m_sideTabs->count(); ++i)
        titles.append(m_sideTabs->tabText(i).remove(QLatin1Char('&')));
    return titles;
}

} // namespace connectlab
