#pragma once

#include "Diagnostic.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QUndoStack;

namespace connectlab {

class ConnectModel;
class FieldDecorator;
class KeyValueTable;
class ScopePicker;

// The form: every parameter of the link, grouped by purpose (application, authorization, vehicle
// selection, flags, extras), each edited by the widget that fits its value. It binds to a ConnectModel:
// user edits go to the model through undoable commands; model changes come back to the widgets (and never
// loop: only user signals write to the model). The model builds the link and decides what is valid; the
// form shows the diagnostics on the fields.
class RequestForm : public QWidget
{
    Q_OBJECT
public:
    enum class Target
    {
        Sandbox,
        Connect
    };

    RequestForm(ConnectModel *model, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~RequestForm() override;

    // The widget that shows a diagnostic's field ("state", "flags.country", an extra's name …), or nullptr.
    QWidget *widgetForField(const QString &field) const;
    // Focuses that field (its row, for tables); returns the focused widget or nullptr.
    QWidget *focusField(const QString &field);

    bool newStateEveryRun() const;
    void setNewStateEveryRun(bool on);
    Target target() const;
    void setTarget(Target target, const QString &sandboxAddress = {});

    // Draws a fresh state (undoable).
    void generateState();
    // Applies an edit to the model as one undoable step; consecutive edits with the same mergeKey merge.
    void edit(const QString &text, const QString &mergeKey, const std::function<void()> &apply);
    void refreshColors();

Q_SIGNALS:
    void targetEdited(connectlab::RequestForm::Target target);
    void settingsEdited();

protected:
    void changeEvent(QEvent *event) override;

private:
    QGroupBox *buildApplication();
    QGroupBox *buildAuthorization();
    QGroupBox *buildVehicle();
    QGroupBox *buildFlags();
    QGroupBox *buildExtras();
    QLabel *rowLabel(const QString &text, const QString &parameter, QWidget *buddy);
    QWidget *withIndicator(QWidget *field);
    void relabel();

    void refreshAll();
    void refreshText(QLineEdit *edit, const QString &value);
    void refreshResponseType();
    void refreshApproval();
    void refreshMode();
    void refreshMake();
    void refreshSingleSelect();
    void refreshVinStatus();
    void refreshCountry();
    void refreshFlags();
    void refreshExtras();
    void applyDiagnostics();

    void commitMake(const QString &text);
    void commitCountry(const QString &text);
    void commitFlags();
    void commitExtras();

    ConnectModel *m_model;
    QUndoStack *m_undo;
    FieldDecorator *m_decorator;

    QComboBox *m_target;
    QLineEdit *m_clientId;
    QLineEdit *m_redirectUri;
    QComboBox *m_responseType;
    QLineEdit *m_vehicleId;
    ScopePicker *m_scope;
    QLineEdit *m_state;
    QPushButton *m_generateState;
    QCheckBox *m_newStateEveryRun;
    QComboBox *m_approval;
    QComboBox *m_mode;
    QComboBox *m_make;
    QCheckBox *m_singleSelect;
    QLineEdit *m_vin;
    QLabel *m_vinStatus;
    QComboBox *m_country;
    QLineEdit *m_user;
    KeyValueTable *m_flags;
    KeyValueTable *m_extras;

    struct LabelInfo
    {
        QLabel *label;
        QString text;
        QString parameter;
    };
    QList<LabelInfo> m_labels;
};

} // namespace connectlab
