#pragma once

#include "FormSection.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace connectlab {

// make, single_select and single_select_vin with its one-line verdict (core's VinAssessment, the same
// verdict the validator reports in Problems).
class VehicleSection : public FormSection
{
    Q_OBJECT
public:
    VehicleSection(LinkDocument *document, FieldRegistry *fields, QWidget *parent = nullptr);

    void refreshColors() override;

private:
    void commitMake(const QString &text);
    void showSingleSelect();
    void showVinVerdict();

    QComboBox *m_make = nullptr;
    QCheckBox *m_singleSelect = nullptr;
    QLineEdit *m_vin = nullptr;
    QLabel *m_vinStatus = nullptr;
};

} // namespace connectlab
