#include "SandboxWebhooksBox.h"

#include "Theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace connectlab {

using sandbox::WebhookDelivery;

namespace {

enum DeliveryColumn
{
    TimeColumn,
    EventColumn,
    StatusColumn,
    VerdictColumn,
    DeliveryColumnCount
};

QTableWidgetItem *cell(const QString &text, const QString &tip)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(tip);
    return item;
}

} // namespace

SandboxWebhooksBox::SandboxWebhooksBox(sandbox::SandboxServer *server, QWidget *parent)
    : QWidget(parent), m_server(server)
{
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("sandboxWebhookCaption"));
    m_caption->setWordWrap(true);

    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("sandboxWebhookUrlEdit"));
    m_url->setPlaceholderText(tr("http://127.0.0.1:8000/webhooks"));
    m_url->setToolTip(
        tr("Where the sandbox delivers this app's webhooks: 127.0.0.1, localhost or [::1] only. "
           "Empty: no webhooks."));
    m_url->setClearButtonEnabled(true);
    m_set = new QPushButton(tr("Set"), this);
    m_set->setObjectName(QStringLiteral("sandboxWebhookSetButton"));
    m_set->setToolTip(tr("Use this URL for the selected app's webhooks"));
    m_verify = new QPushButton(tr("Send verify"), this);
    m_verify->setObjectName(QStringLiteral("sandboxWebhookVerifyButton"));
    m_verify->setToolTip(tr("POST a VERIFY challenge and check the answer: 200, JSON {\"challenge\": hex "
                            "HMAC-SHA256(management token, challenge)}, within 15 s"));
    auto *urlLabel = new QLabel(tr("&URL:"), this);
    urlLabel->setBuddy(m_url);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(urlLabel);
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_set);
    urlRow->addWidget(m_verify);

    m_vehicles = new QComboBox(this);
    m_vehicles->setObjectName(QStringLiteral("sandboxWebhookVehicleCombo"));
    m_vehicles->setAccessibleName(tr("Vehicle for the vehicle error"));
    m_vehicles->setToolTip(tr("A vehicle this app connected in this run"));
    m_vehicles->setMinimumContentsLength(18);
    m_vehicles->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_vehicleError = new QPushButton(tr("Send vehicle error"), this);
    m_vehicleError->setObjectName(QStringLiteral("sandboxWebhookVehicleErrorButton"));
    m_vehicleError->setToolTip(tr("POST a VEHICLE_ERROR whose resolution asks the owner to re-authenticate, "
                                  "with the sandbox's re-authentication link"));
    auto *vehicleRow = new QHBoxLayout;
    vehicleRow->addWidget(new QLabel(tr("Vehicle:"), this));
    vehicleRow->addWidget(m_vehicles, 1);
    vehicleRow->addWidget(m_vehicleError);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("sandboxWebhookError"));
    m_error->setWordWrap(true);
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, Theme::severityColor(Severity::Error, p));
    m_error->setPalette(p);
    m_error->hide();

    m_deliveries = new QTableWidget(0, DeliveryColumnCount, this);
    m_deliveries->setObjectName(QStringLiteral("sandboxWebhookDeliveriesTable"));
    m_deliveries->setAccessibleName(tr("Webhook deliveries"));
    m_deliveries->setHorizontalHeaderLabels({tr("Time"), tr("Event"), tr("Status"), tr("Verdict")});
    m_deliveries->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_deliveries->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_deliveries->verticalHeader()->hide();
    m_deliveries->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_deliveries->setWordWrap(false);
    m_deliveries->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_deliveries->horizontalHeader()->setSectionResizeMode(VerdictColumn, QHeaderView::Stretch);
    m_clear = new QPushButton(tr("Clear"), this);
    m_clear->setObjectName(QStringLiteral("sandboxWebhookClearButton"));
    m_clear->setToolTip(tr("Forget the deliveries listed"));
    auto *listHeader = new QHBoxLayout;
    auto *listCaption =
        new QLabel(tr("<b>Deliveries</b>, newest at the bottom; each is signed in SC-Signature "
                      "with the app's Application Management Token."),
                   this);
    listCaption->setWordWrap(true);
    listHeader->addWidget(listCaption, 1);
    listHeader->addWidget(m_clear, 0, Qt::AlignBottom);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_caption);
    layout->addLayout(urlRow);
    layout->addLayout(vehicleRow);
    layout->addWidget(m_error);
    layout->addLayout(listHeader);
    layout->addWidget(m_deliveries, 1);

    connect(m_set, &QPushButton::clicked, this, &SandboxWebhooksBox::applyUrl);
    connect(m_url, &QLineEdit::returnPressed, this, &SandboxWebhooksBox::applyUrl);
    connect(m_url, &QLineEdit::textEdited, this, [this] { m_error->hide(); });
    connect(m_verify, &QPushButton::clicked, this, &SandboxWebhooksBox::sendVerify);
    connect(m_vehicleError, &QPushButton::clicked, this, &SandboxWebhooksBox::sendVehicleError);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_server->clearWebhookDeliveries();
        m_deliveries->setRowCount(0);
    });
    connect(m_server, &sandbox::SandboxServer::webhookDelivered, this, &SandboxWebhooksBox::appendDelivery);
    // A new connection brings a vehicle to send an error for.
    connect(m_server, &sandbox::SandboxServer::requestRecorded, this, [this] {
        if (m_vehicles->count() != m_server->connectedVehicles(m_appId).size())
            refresh();
    });
    connect(m_server, &sandbox::SandboxServer::configChanged, this, &SandboxWebhooksBox::refresh);

    const QList<WebhookDelivery> earlier = m_server->webhookDeliveries();
    for (const WebhookDelivery &d : earlier)
        appendDelivery(d);
    refresh();
}

void SandboxWebhooksBox::setApp(const QString &appId)
{
    if (appId == m_appId)
        return;
    m_appId = appId;
    m_error->hide();
    const sandbox::RegisteredApp *app = m_server->config().app(appId);
    m_url->setText(app ? app->webhookUrl : QString());
    refresh();
}

void SandboxWebhooksBox::refresh()
{
    const sandbox::RegisteredApp *app = m_server->config().app(m_appId);
    m_url->setEnabled(app);
    m_set->setEnabled(app);
    m_verify->setEnabled(app && !app->webhookUrl.isEmpty());
    if (!app) {
        m_caption->setText(tr("<b>Webhooks</b>: select an app above."));
    } else {
        m_caption->setText((app->managementToken.isEmpty()
                                ? tr("<b>Webhooks of %1</b>. This app has no Application Management Token, "
                                     "the key that signs "
                                     "webhooks: deliveries to it are refused until it has one.")
                                : tr("<b>Webhooks of %1</b>: a VEHICLE_STATE after each connection, a verify "
                                     "or a vehicle error "
                                     "when you ask."))
                               .arg(app->displayName().toHtmlEscaped()));
    }
    const QString current = m_vehicles->currentData().toString();
    m_vehicles->clear();
    const QStringList vehicles = m_server->connectedVehicles(m_appId);
    for (auto it = vehicles.crbegin(); it != vehicles.crend(); ++it)
        m_vehicles->addItem(*it, *it);
    const int index = m_vehicles->findData(current);
    // The newest by default (with a placeholder text, a combo selects nothing by itself).
    m_vehicles->setCurrentIndex(index >= 0 ? index : (vehicles.isEmpty() ? -1 : 0));
    m_vehicles->setEnabled(!vehicles.isEmpty());
    if (vehicles.isEmpty())
        m_vehicles->setPlaceholderText(tr("connect a vehicle first"));
    m_vehicleError->setEnabled(app && !app->webhookUrl.isEmpty() && !vehicles.isEmpty());
}

void SandboxWebhooksBox::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool SandboxWebhooksBox::applyUrl()
{
    QString error;
    if (!m_server->setWebhookUrl(m_appId, m_url->text(), &error)) {
        showError(error);
        return false;
    }
    showError(QString());
    refresh();
    return true;
}

void SandboxWebhooksBox::sendVerify()
{
    const sandbox::RegisteredApp *app = m_server->config().app(m_appId);
    if (app && app->webhookUrl != m_url->text().trimmed() && !applyUrl())
        return; // the URL as typed is what the user means to verify
    m_server->verifyWebhook(m_appId);
}

void SandboxWebhooksBox::sendVehicleError()
{
    const QString vehicle = m_vehicles->currentData().toString();
    if (!vehicle.isEmpty())
        m_server->sendVehicleError(m_appId, vehicle);
}

void SandboxWebhooksBox::appendDelivery(const WebhookDelivery &d)
{
    if (m_deliveries->rowCount() >= sandbox::WebhookDispatcher::MaxDeliveries)
        m_deliveries->removeRow(0);
    const int row = m_deliveries->rowCount();
    m_deliveries->insertRow(row);
    const sandbox::RegisteredApp *app = m_server->config().app(d.appId);
    const QString tip =
        tr("%1 to %2 for %3 (%4 ms)\nSC-Signature: %5\n%6")
            .arg(d.event, d.url.isEmpty() ? tr("(not sent)") : d.url, app ? app->displayName() : d.appId)
            .arg(d.elapsedMs)
            .arg(d.signature.isEmpty() ? tr("(none)") : d.signature, QString::fromUtf8(d.body.left(2000)));
    m_deliveries->setItem(
        row, TimeColumn,
        cell(QLocale().toString(d.when.toLocalTime().time(), QStringLiteral("HH:mm:ss")), tip));
    m_deliveries->setItem(row, EventColumn, cell(d.event, tip));
    auto *status = cell(d.httpStatus > 0 ? QString::number(d.httpStatus) : tr("—"), tip);
    m_deliveries->setItem(row, StatusColumn, status);
    auto *verdict = cell(d.verdict, tip + QStringLiteral("\n\n") + d.verdict);
    const QColor colour =
        d.passed ? Theme::okColor(palette()) : Theme::severityColor(Severity::Error, palette());
    verdict->setForeground(colour);
    status->setForeground(colour);
    m_deliveries->setItem(row, VerdictColumn, verdict);
    m_deliveries->scrollToBottom();
    refresh();
}

} // namespace connectlab
