#pragma once

#include "FormSection.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace connectlab {

class KeyValueTable;

// The owner and the flags: the country and user flags, external_id (the app's own id for the owner), the
// account_sync flag, each with a field of its own, and the other flags in a table.
class FlagsSection : public FormSection
{
    Q_OBJECT
public:
    FlagsSection(LinkDocument *document, FieldRegistry *fields, QWidget *parent = nullptr);

private:
    void showCountry();
    void showFlags();
    void showExternalId();
    void commitCountry(const QString &text);
    void commitOtherFlags();

    QComboBox *m_country = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_externalId = nullptr;
    QCheckBox *m_accountSync = nullptr;
    KeyValueTable *m_flags = nullptr;
};

} // namespace connectlab
