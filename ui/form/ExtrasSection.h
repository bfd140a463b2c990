#pragma once

#include "FormSection.h"

namespace connectlab {

class KeyValueTable;

// Every parameter the link carries that has no field (external_id, SDK parameters, unknown names), in order,
// written back as it is.
class ExtrasSection : public FormSection
{
    Q_OBJECT
public:
    ExtrasSection(LinkDocument *document, FieldRegistry *fields, QWidget *parent = nullptr);

private:
    void showExtras();
    void commitExtras();

    KeyValueTable *m_extras = nullptr;
};

} // namespace connectlab
