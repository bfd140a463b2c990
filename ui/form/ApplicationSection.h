#pragma once

#include "FormSection.h"

class QComboBox;
class QLineEdit;

namespace connectlab {

// Target (local sandbox or Smartcar Connect), client_id and redirect_uri.
class ApplicationSection : public FormSection
{
    Q_OBJECT
public:
    ApplicationSection(LinkDocument *document, FieldRegistry *fields, QWidget *parent = nullptr);

private:
    void showTarget();

    QComboBox *m_target = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_redirectUri = nullptr;
};

} // namespace connectlab
