#pragma once

#include "sandbox/SandboxServer.h"

#include <QPointer>
#include <QWidget>

class QDialog;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace connectlab {

class SandboxFaultsBox;
class SandboxWebhooksBox;

// The "Sandbox" side tab: the local sandbox's address, its registered apps (add, edit, remove, use one in
// the link), the requests it answered, and in tabs below them the selected app's webhooks
// (SandboxWebhooksBox) and the faults (SandboxFaultsBox). App changes go to the running server at once
// (setConfig()). Secrets live in this process only: nothing here is ever written to a file.
class SandboxPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SandboxPanel(sandbox::SandboxServer *server, QWidget *parent = nullptr);

    QTableWidget *appsTable() const { return m_apps; }
    QTableWidget *requestsTable() const { return m_requests; }
    // The Add/Edit form while it is open (non-modal to the event loop: open(), not exec()).
    QDialog *appDialog() const { return m_dialog; }
    // Under the requests: the selected app's webhooks, and the faults the sandbox shows.
    SandboxWebhooksBox *webhooksBox() const { return m_webhooks; }
    SandboxFaultsBox *faultsBox() const { return m_faults; }

    // Shows the server's address and apps again (after it starts listening, or its config changed).
    void refresh();

    // What the buttons do; false (and *error) when the app cannot be registered as given.
    bool addApp(const sandbox::RegisteredApp &app, QString *error = nullptr);
    bool replaceApp(const QString &clientId, const sandbox::RegisteredApp &app, QString *error = nullptr);
    bool removeApp(const QString &clientId); // never the demo app
    void restoreDemoApp();
    QString selectedClientId() const;

    // Hides the values of code, client_secret, refresh_token and access_token in a query string.
    static QString maskedQuery(const QString &query);

Q_SIGNALS:
    // "Use in the link": MainWindow turns it into an undoable edit.
    void useInLinkRequested(const QString &clientId, const QString &redirectUri);

private:
    void openAppDialog(const QString &clientId); // empty: a new app
    void updateButtons();
    void appendRequest(const sandbox::RecordedRequest &request);
    void applyConfig(const sandbox::SandboxConfig &config);

    sandbox::SandboxServer *m_server;
    QLabel *m_address;
    QTableWidget *m_apps;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_restoreDemo;
    QPushButton *m_use;
    QTableWidget *m_requests;
    QPushButton *m_clear;
    QPointer<QDialog> m_dialog;
    QTabWidget *m_tools;
    SandboxWebhooksBox *m_webhooks;
    SandboxFaultsBox *m_faults;
};

} // namespace connectlab
