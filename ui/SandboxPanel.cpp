#include "SandboxPanel.h"

#include "Icons.h"
#include "SandboxFaultsBox.h"
#include "SandboxWebhooksBox.h"
#include "Theme.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QUrl>
#include <QUuid>
#include <QVBoxLayout>

namespace connectlab {

using sandbox::RecordedRequest;
using sandbox::RegisteredApp;
using sandbox::SandboxConfig;

namespace {

enum AppColumn
{
    NameColumn,
    ClientIdColumn,
    RedirectColumn,
    ScopeColumn,
    PlanColumn,
    AppColumnCount
};
enum RequestColumn
{
    TimeColumn,
    MethodColumn,
    PathColumn,
    StatusColumn,
    SummaryColumn,
    RequestColumnCount
};

bool isDemo(const QString &clientId)
{
    return clientId == QLatin1String(SandboxConfig::DemoClientId);
}

QTableWidgetItem *cell(const QString &text, const QString &tip = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(tip.isEmpty() ? text : tip);
    return item;
}

QStringList splitWords(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

SandboxPanel::SandboxPanel(sandbox::SandboxServer *server, QWidget *parent)
    : QWidget(parent), m_server(server)
{
    m_address = new QLabel(this);
    m_address->setObjectName(QStringLiteral("sandboxAddress"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setWordWrap(true);

    // ---- registered apps
    auto *appsCaption = new QLabel(tr("<b>Registered apps</b>, as on the Dashboard. A link must use one of "
                                      "these client ids and one of its redirect URIs. Changes apply at once; "
                                      "apps and their secrets are kept for this session only."),
                                   this);
    appsCaption->setObjectName(QStringLiteral("sandboxAppsCaption"));
    appsCaption->setWordWrap(true);

    m_apps = new QTableWidget(0, AppColumnCount, this);
    m_apps->setObjectName(QStringLiteral("sandboxAppsTable"));
    m_apps->setAccessibleName(tr("Registered apps"));
    m_apps->setAccessibleDescription(tr("The apps the local sandbox accepts links from"));
    m_apps->setHorizontalHeaderLabels(
        {tr("Name"), tr("Client id"), tr("Redirect URIs"), tr("Default scope"), tr("Plan")});
    m_apps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_apps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_apps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_apps->verticalHeader()->hide();
    m_apps->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_apps->horizontalHeader()->setStretchLastSection(false);
    m_apps->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_apps->horizontalHeader()->setSectionResizeMode(RedirectColumn, QHeaderView::Stretch);
    m_apps->setWordWrap(false);

    m_add = new QPushButton(Icons::get(QStringLiteral("add")), tr("Add…"), this);
    m_add->setObjectName(QStringLiteral("sandboxAddButton"));
    m_add->setToolTip(tr("Register another app with the sandbox"));
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("sandboxEditButton"));
    m_edit->setToolTip(tr("Change the selected app (double-click a row does the same)"));
    m_remove = new QPushButton(Icons::get(QStringLiteral("remove")), tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("sandboxRemoveButton"));
    m_remove->setToolTip(tr("Unregister the selected app (the demo app stays)"));
    m_restoreDemo = new QPushButton(tr("Restore demo app"), this);
    m_restoreDemo->setObjectName(QStringLiteral("sandboxRestoreDemoButton"));
    m_restoreDemo->setToolTip(tr("Put the demo app back as Connect Lab ships it"));
    m_use = new QPushButton(tr("Use in the link"), this);
    m_use->setObjectName(QStringLiteral("sandboxUseButton"));
    m_use->setToolTip(
        tr("Set the link's client_id (and redirect_uri to the app's first) to the selected app"));
    m_use->setDefault(false);

    auto *appButtons = new QHBoxLayout;
    appButtons->addWidget(m_add);
    appButtons->addWidget(m_edit);
    appButtons->addWidget(m_remove);
    appButtons->addWidget(m_restoreDemo);
    appButtons->addStretch(1);
    appButtons->addWidget(m_use);

    auto *appsBox = new QWidget(this);
    appsBox->setObjectName(QStringLiteral("sandboxAppsBox"));
    auto *appsColumn = new QVBoxLayout(appsBox);
    appsColumn->setContentsMargins(0, 0, 0, 0);
    appsColumn->addWidget(appsCaption);
    appsColumn->addWidget(m_apps, 1);
    appsColumn->addLayout(appButtons);

    // ---- requests
    auto *requestsCaption = new QLabel(tr("<b>Requests</b> the sandbox answered, newest at the bottom. "
                                          "Codes, secrets and tokens are masked."),
                                       this);
    requestsCaption->setObjectName(QStringLiteral("sandboxRequestsCaption"));
    requestsCaption->setWordWrap(true);
    m_requests = new QTableWidget(0, RequestColumnCount, this);
    m_requests->setObjectName(QStringLiteral("sandboxRequestsTable"));
    m_requests->setAccessibleName(tr("Requests"));
    m_requests->setAccessibleDescription(
        tr("The requests the sandbox answered, newest last; secrets masked"));
    m_requests->setHorizontalHeaderLabels(
        {tr("Time"), tr("Method"), tr("Path"), tr("Status"), tr("What happened")});
    m_requests->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_requests->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_requests->verticalHeader()->hide();
    m_requests->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_requests->setWordWrap(false);
    m_requests->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_requests->horizontalHeader()->setSectionResizeMode(SummaryColumn, QHeaderView::Stretch);
    m_clear = new QPushButton(Icons::get(QStringLiteral("close")), tr("Clear"), this);
    m_clear->setObjectName(QStringLiteral("sandboxClearRequestsButton"));
    m_clear->setToolTip(tr("Forget the recorded requests"));
    auto *requestsHeader = new QHBoxLayout;
    requestsHeader->addWidget(requestsCaption, 1);
    requestsHeader->addWidget(m_clear, 0, Qt::AlignBottom);

    auto *requestsBox = new QWidget(this);
    requestsBox->setObjectName(QStringLiteral("sandboxRequestsBox"));
    auto *requestsColumn = new QVBoxLayout(requestsBox);
    requestsColumn->setContentsMargins(0, 0, 0, 0);
    requestsColumn->addLayout(requestsHeader);
    requestsColumn->addWidget(m_requests, 1);

    // ---- webhooks and faults
    m_webhooks = new SandboxWebhooksBox(m_server, this);
    m_webhooks->setObjectName(QStringLiteral("sandboxWebhooksBox"));
    m_faults = new SandboxFaultsBox(m_server, this);
    m_faults->setObjectName(QStringLiteral("sandboxFaultsBox"));
    m_tools = new QTabWidget(this);
    m_tools->setObjectName(QStringLiteral("sandboxToolTabs"));
    m_tools->setDocumentMode(true);
    m_tools->addTab(m_webhooks, tr("&Webhooks"));
    m_tools->addTab(m_faults, tr("&Faults"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("sandboxSplitter"));
    splitter->addWidget(appsBox);
    splitter->addWidget(requestsBox);
    splitter->addWidget(m_tools);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({230, 300, 260});

    // The three parts need more height than a 1024x640 window has: they scroll, and the window keeps its
    // size when this tab appears (as the Tokens tab does).
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("sandboxScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(splitter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 6, 4, 4);
    layout->addWidget(m_address);
    layout->addWidget(scroll, 1);

    connect(m_apps, &QTableWidget::itemSelectionChanged, this, &SandboxPanel::updateButtons);
    connect(m_apps, &QTableWidget::itemSelectionChanged, this,
            [this] { m_webhooks->setApp(selectedClientId()); });
    connect(m_apps, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { openAppDialog(m_apps->item(row, ClientIdColumn)->text()); });
    connect(m_add, &QPushButton::clicked, this, [this] { openAppDialog(QString()); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (!selectedClientId().isEmpty())
            openAppDialog(selectedClientId());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeApp(selectedClientId()); });
    connect(m_restoreDemo, &QPushButton::clicked, this, &SandboxPanel::restoreDemoApp);
    connect(m_use, &QPushButton::clicked, this, [this] {
        const RegisteredApp *app = m_server->config().app(selectedClientId());
        if (app)
            Q_EMIT useInLinkRequested(
                app->clientId, app->redirectUris.isEmpty() ? QString() : app->redirectUris.constFirst());
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_server->clearRequests();
        m_requests->setRowCount(0);
    });
    connect(m_server, &sandbox::SandboxServer::requestRecorded, this, &SandboxPanel::appendRequest);

    const QList<RecordedRequest> earlier = m_server->requests();
    for (const RecordedRequest &r : earlier)
        appendRequest(r);
    refresh();
}

void SandboxPanel::refresh()
{
    m_address->setText(m_server->isListening()
                           ? tr("The local sandbox answers at <b>%1</b> (127.0.0.1 only).")
                                 .arg(m_server->baseUrl().toString(QUrl::StripTrailingSlash).toHtmlEscaped())
                           : tr("The local sandbox is not running."));

    const QString selected = selectedClientId();
    const QList<RegisteredApp> &apps = m_server->config().apps;
    m_apps->setRowCount(int(apps.size()));
    for (int row = 0; row < apps.size(); ++row) {
        const RegisteredApp &app = apps.at(row);
        const QString name = app.name.isEmpty() ? tr("(unnamed)") : app.name;
        m_apps->setItem(row, NameColumn,
                        cell(isDemo(app.clientId) ? name + tr(" (demo)") : name,
                             isDemo(app.clientId)
                                 ? tr("The demo app Connect Lab ships with: it can be edited, "
                                      "not removed.")
                                 : QString()));
        m_apps->setItem(row, ClientIdColumn, cell(app.clientId));
        m_apps->setItem(
            row, RedirectColumn,
            cell(app.redirectUris.join(QStringLiteral(", ")),
                 app.redirectUris.isEmpty()
                     ? tr("No redirect URI registered")
                     : tr("Default: %1").arg(app.redirectUris.constFirst()) +
                           (app.redirectUris.size() > 1
                                ? QStringLiteral("\n") + app.redirectUris.mid(1).join(QStringLiteral("\n"))
                                : QString())));
        m_apps->setItem(row, ScopeColumn, cell(app.defaultScope.join(QLatin1Char(' '))));
        m_apps->setItem(row, PlanColumn, cell(app.plan));
        if (app.clientId == selected)
            m_apps->selectRow(row);
    }
    // Capped so the five columns fit the tab; the cells' tooltips show everything.
    const struct
    {
        int column;
        int cap;
    } caps[] = {{NameColumn, 130}, {ClientIdColumn, 150}, {ScopeColumn, 120}, {PlanColumn, 90}};
    for (const auto &c : caps) {
        m_apps->resizeColumnToContents(c.column);
        m_apps->setColumnWidth(c.column, qMin(m_apps->columnWidth(c.column), c.cap));
    }
    if (m_apps->selectedItems().isEmpty() && m_apps->rowCount() > 0)
        m_apps->selectRow(0);
    m_restoreDemo->setVisible(!m_server->config().app(QString::fromLatin1(SandboxConfig::DemoClientId)));
    updateButtons();
}

QString SandboxPanel::selectedClientId() const
{
    const QList<QTableWidgetItem *> items = m_apps->selectedItems();
    if (items.isEmpty())
        return {};
    const QTableWidgetItem *id = m_apps->item(items.constFirst()->row(), ClientIdColumn);
    return id ? id->text() : QString();
}

void SandboxPanel::updateButtons()
{
    const QString id = selectedClientId();
    m_edit->setEnabled(!id.isEmpty());
    m_use->setEnabled(!id.isEmpty());
    m_remove->setEnabled(!id.isEmpty() && !isDemo(id));
}

void SandboxPanel::applyConfig(const SandboxConfig &config)
{
    m_server->setConfig(config);
    refresh();
}

bool SandboxPanel::addApp(const RegisteredApp &app, QString *error)
{
    return replaceApp(QString(), app, error);
}

bool SandboxPanel::replaceApp(const QString &clientId, const RegisteredApp &app, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (app.clientId.trimmed().isEmpty() || app.clientId.contains(QRegularExpression(QStringLiteral("\\s"))))
        return fail(tr("The client id must not be empty or contain spaces."));
    if (app.clientId != clientId && m_server->config().app(app.clientId))
        return fail(tr("Another app already has the client id %1.").arg(app.clientId));
    if (!clientId.isEmpty() && isDemo(clientId) && app.clientId != clientId)
        return fail(tr("The demo app keeps its client id."));
    if (app.redirectUris.isEmpty())
        return fail(tr("Register at least one redirect URI (the first is the default)."));
    for (const QString &uri : app.redirectUris) {
        const QUrl url(uri, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty())
            return fail(tr("“%1” is not an absolute URI.").arg(uri));
    }
    if (app.plan != QLatin1String("custom") && app.plan != QLatin1String("standard"))
        return fail(tr("The plan is custom or standard."));

    SandboxConfig config = m_server->config();
    bool replaced = false;
    for (RegisteredApp &existing : config.apps) {
        if (!clientId.isEmpty() && existing.clientId == clientId) {
            existing = app;
            replaced = true;
        }
    }
    if (!replaced)
        config.apps.append(app);
    applyConfig(config);
    for (int row = 0; row < m_apps->rowCount(); ++row)
        if (m_apps->item(row, ClientIdColumn)->text() == app.clientId)
            m_apps->selectRow(row);
    return true;
}

bool SandboxPanel::removeApp(const QString &clientId)
{
    if (clientId.isEmpty() || isDemo(clientId))
        return false;
    SandboxConfig config = m_server->config();
    const auto removed = config.apps.removeIf([&](const RegisteredApp &a) { return a.clientId == clientId; });
    if (removed == 0)
        return false;
    applyConfig(config);
    return true;
}

void SandboxPanel::restoreDemoApp()
{
    const SandboxConfig defaults = SandboxConfig::defaults();
    const RegisteredApp *demo = defaults.app(QString::fromLatin1(SandboxConfig::DemoClientId));
    if (!demo)
        return;
    SandboxConfig config = m_server->config();
    config.apps.removeIf([](const RegisteredApp &a) { return isDemo(a.clientId); });
    config.apps.prepend(*demo);
    applyConfig(config);
}

void SandboxPanel::openAppDialog(const QString &clientId)
{
    if (m_dialog)
        m_dialog->close();
    const RegisteredApp *existing = clientId.isEmpty() ? nullptr : m_server->config().app(clientId);
    RegisteredApp app;
    if (existing) {
        app = *existing;
    } else {
        app.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        app.redirectUris = {QStringLiteral("http://localhost:8000/callback")};
        app.defaultScope = {QStringLiteral("read_vehicle_info")};
    }

    auto *dialog = new QDialog(this);
    m_dialog = dialog;
    dialog->setObjectName(QStringLiteral("sandboxAppDialog"));
    dialog->setWindowTitle(existing ? tr("Edit sandbox app") : tr("Register a sandbox app"));

    auto *name = new QLineEdit(app.name, dialog);
    name->setObjectName(QStringLiteral("sandboxAppNameEdit"));
    name->setPlaceholderText(tr("shown on the sandbox's screens"));
    auto *id = new QLineEdit(app.clientId, dialog);
    id->setObjectName(QStringLiteral("sandboxAppClientIdEdit"));
    id->setReadOnly(existing && isDemo(existing->clientId));
    auto *secret = new QLineEdit(app.clientSecret, dialog);
    secret->setObjectName(QStringLiteral("sandboxAppSecretEdit"));
    secret->setEchoMode(QLineEdit::Password);
    secret->setPlaceholderText(tr("for the token exchange"));
    secret->setToolTip(tr("Kept in memory for this session only; never written to a file."));
    auto *redirects = new QPlainTextEdit(app.redirectUris.join(QLatin1Char('\n')), dialog);
    redirects->setObjectName(QStringLiteral("sandboxAppRedirectsEdit"));
    redirects->setTabChangesFocus(true);
    redirects->setFixedHeight(redirects->fontMetrics().lineSpacing() * 4 + 12);
    auto *scope = new QLineEdit(app.defaultScope.join(QLatin1Char(' ')), dialog);
    scope->setObjectName(QStringLiteral("sandboxAppScopeEdit"));
    scope->setPlaceholderText(tr("read_vehicle_info read_odometer …"));
    auto *plan = new QComboBox(dialog);
    plan->setObjectName(QStringLiteral("sandboxAppPlanCombo"));
    plan->addItem(tr("Custom (single select allowed)"), QStringLiteral("custom"));
    plan->addItem(tr("Standard"), QStringLiteral("standard"));
    plan->setCurrentIndex(app.plan == QLatin1String("standard") ? 1 : 0);
    auto *note = new QLabel(tr("Secrets are kept for this session only."), dialog);
    note->setObjectName(QStringLiteral("sandboxAppSecretNote"));
    note->setWordWrap(true);
    auto *errorLabel = new QLabel(dialog);
    errorLabel->setObjectName(QStringLiteral("sandboxAppError"));
    errorLabel->setWordWrap(true);
    QPalette p = errorLabel->palette();
    p.setColor(QPalette::WindowText, Theme::severityColor(Severity::Error, p));
    errorLabel->setPalette(p);
    errorLabel->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->setObjectName(QStringLiteral("sandboxAppButtons"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("sandboxAppOkButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(existing ? tr("Save") : tr("Register"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("sandboxAppCancelButton"));

    auto *form = new QFormLayout(dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Client id:"), id);
    form->addRow(tr("Client &secret:"), secret);
    form->addRow(QString(), note);
    form->addRow(tr("&Redirect URIs:"), redirects);
    auto *redirectsNote = new QLabel(tr("One a line; the first is the default."), dialog);
    redirectsNote->setObjectName(QStringLiteral("sandboxAppRedirectsNote"));
    form->addRow(QString(), redirectsNote);
    form->addRow(tr("Default s&cope:"), scope);
    form->addRow(tr("&Plan:"), plan);
    form->addRow(errorLabel);
    form->addRow(buttons);
    dialog->resize(460, dialog->sizeHint().height());

    const bool editing = existing != nullptr; // `existing` points into a config setConfig() replaces
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        RegisteredApp edited;
        edited.name = name->text().trimmed();
        edited.clientId = id->text().trimmed();
        edited.clientSecret = secret->text();
        edited.redirectUris = splitWords(redirects->toPlainText());
        edited.defaultScope = splitWords(scope->text());
        edited.plan = plan->currentData().toString();
        QString error;
        if (!replaceApp(editing ? clientId : QString(), edited, &error)) {
            errorLabel->setText(error);
            errorLabel->show();
            return;
        }
        dialog->accept();
    });
    dialog->open();
    name->setFocus();
}

QString SandboxPanel::maskedQuery(const QString &query)
{
    static const QRegularExpression secret(
        QStringLiteral("(^|[&;?])((?:code|client_secret|refresh_token|access_token)=)([^&;#]*)"),
        QRegularExpression::CaseInsensitiveOption);
    QString masked = query;
    masked.replace(secret, QStringLiteral("\\1\\2•••"));
    return masked;
}

void SandboxPanel::appendRequest(const RecordedRequest &request)
{
    QScrollBar *bar = m_requests->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum() - 2;
    if (m_requests->rowCount() >= sandbox::SandboxServer::MaxRecordedRequests)
        m_requests->removeRow(0);
    const int row = m_requests->rowCount();
    m_requests->insertRow(row);
    const QString query = maskedQuery(request.query);
    const QString full = query.isEmpty() ? request.path : request.path + QLatin1Char('?') + query;
    m_requests->setItem(
        row, TimeColumn,
        cell(QLocale().toString(request.time.toLocalTime().time(), QStringLiteral("HH:mm:ss")),
             QLocale().toString(request.time.toLocalTime(), QLocale::LongFormat)));
    m_requests->setItem(row, MethodColumn, cell(request.method, full));
    m_requests->setItem(row, PathColumn, cell(request.path, full));
    auto *status = cell(QString::number(request.status), full);
    if (request.status >= 400)
        status->setForeground(Theme::severityColor(Severity::Error, palette()));
    m_requests->setItem(row, StatusColumn, status);
    m_requests->setItem(row, SummaryColumn, cell(request.summary, full));
    if (atBottom)
        m_requests->scrollToBottom();
}

} // namespace connectlab
