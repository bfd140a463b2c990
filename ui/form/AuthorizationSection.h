#pragma once

#include "FormSection.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace connectlab {

class ScopePicker;

// response_type (or re-authentication with vehicle_id), scope, state (with Generate and "New state every
// run"), approval_prompt and mode.
class AuthorizationSection : public FormSection
{
    Q_OBJECT
public:
    AuthorizationSection(LinkDocument *document, FieldRegistry *fields, QWidget *parent = nullptr);

    // Draws a fresh state (one undo step).
    void generateState();

private:
    void showResponseType();

    QComboBox *m_responseType = nullptr;
    QLineEdit *m_vehicleId = nullptr;
    ScopePicker *m_scope = nullptr;
    QLineEdit *m_state = nullptr;
    QPushButton *m_generateState = nullptr;
    QCheckBox *m_newStateEveryRun = nullptr;
    QComboBox *m_approval = nullptr;
    QComboBox *m_mode = nullptr;
};

} // namespace connectlab
