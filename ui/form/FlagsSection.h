#pragma once

#include "FormSection.h"

class QComboBox;
class QLineEdit;

namespace connectlab {

class KeyValueTable;

// flags: the country and user flags each with a field of their own, the other flags in a table.
class FlagsSection : public FormSection
{
    Q_OBJECT
public:
    FlagsSection(LinkDocument *document, FieldRegistry *fields, QWidget *parent = nullptr);

private:
    void showCountry();
    void showFlags();
    void commitCountry(const QString &text);
    void commitOtherFlags();

    QComboBox *m_country = nullptr;
    QLineEdit *m_user = nullptr;
    KeyValueTable *m_flags = nullptr;
};

} // namespace connectlab
