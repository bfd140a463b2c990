#pragma once

#include <QWidget>

class QAction;
class QLabel;

namespace connectlab {

class ConnectModel;
class DiagnosticsView;
class LinkView;
class ParameterTable;

// The Link tab: a one-line verdict ("✓ Valid link", "✗ Connect will refuse this link: 1 error"), the copy
// buttons, the coloured link, the decoded parameters (what applies where nothing is set) and the problems.
// It shows the model; activating a problem asks the window to focus its field.
class LinkPage : public QWidget
{
    Q_OBJECT
public:
    // `copyActions` become buttons beside the verdict (Copy link, as Markdown, as HTML).
    LinkPage(ConnectModel *model, const QList<QAction *> &copyActions, QWidget *parent = nullptr);

    LinkView *linkView() const { return m_linkView; }
    ParameterTable *parameterTable() const { return m_parameters; }
    DiagnosticsView *diagnosticsView() const { return m_diagnostics; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void fieldActivated(const QString &field);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showLink();
    void showDiagnostics();
    void showStatus();

    ConnectModel *m_model;
    QLabel *m_status = nullptr;
    LinkView *m_linkView = nullptr;
    ParameterTable *m_parameters = nullptr;
    DiagnosticsView *m_diagnostics = nullptr;
};

} // namespace connectlab
