#pragma once

#include "FormSection.h"

class QComboBox;
class QLineEdit;
class QPushButton;

namespace connectlab {

// Target (local sandbox or Smartcar Connect), client_id and redirect_uri.
class ApplicationSection : public FormSection
{
    Q_OBJECT
public:
    ApplicationSection(LinkDocument *document, FieldRegistry *fields, QWidget *parent = nullptr);

Q_SIGNALS:
    // "Register it": the target (the local sandbox) does not know the client id or the redirect URI.
    void registerRequested();

private:
    void showTarget();
    void showRegistration();

    QComboBox *m_target = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_redirectUri = nullptr;
    QPushButton *m_register = nullptr;
};

} // namespace connectlab
