#pragma once

#include "sandbox/SandboxServer.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace connectlab {

// The Sandbox tab's Webhooks section, for the app selected in the apps table: its webhook URL (loopback
// only; the server says why another is refused), Send verify, Send vehicle error for a vehicle it connected,
// and every delivery with its event, HTTP status and verdict. The rules are the sandbox's
// (WebhookDispatcher): this only shows them.
class SandboxWebhooksBox : public QWidget
{
    Q_OBJECT
public:
    explicit SandboxWebhooksBox(sandbox::SandboxServer *server, QWidget *parent = nullptr);

    // The app the section acts on (SandboxPanel passes the apps table's selection).
    void setApp(const QString &appId);
    QString app() const { return m_appId; }
    QTableWidget *deliveriesTable() const { return m_deliveries; }

    // What the buttons do.
    bool applyUrl();
    void sendVerify();
    void sendVehicleError();

private:
    void refresh();
    void appendDelivery(const sandbox::WebhookDelivery &delivery);
    void showError(const QString &message);

    sandbox::SandboxServer *m_server;
    QString m_appId;
    QLabel *m_caption;
    QLineEdit *m_url;
    QPushButton *m_set;
    QPushButton *m_verify;
    QComboBox *m_vehicles;
    QPushButton *m_vehicleError;
    QLabel *m_error;
    QTableWidget *m_deliveries;
    QPushButton *m_clear;
};

} // namespace connectlab
