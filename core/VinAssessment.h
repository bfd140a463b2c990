#pragma once

#include "Diagnostic.h"

#include <QCoreApplication>
#include <QString>

namespace connectlab {

// The one verdict on a VIN for a given mode: what is wrong with it (as diagnostics on single_select_vin,
// with stable codes) and the one line the form shows under the field. The validator reports the findings,
// the form shows the line and the sandbox refuses what it refuses, so all three always tell one story.
//
//   vin-format             error  not 17 characters of A-Z and 0-9 (any mode)
//   vin-forbidden-letters  error  I, O or Q in live mode; a note in simulated/test mode, where test VINs pass
//   vin-check-digit        error  North-American VIN (first character 1-5) with a wrong 9th character in live
//                                 mode; a note in simulated/test mode
class VinAssessment
{
    Q_DECLARE_TR_FUNCTIONS(VinAssessment)
public:
    static VinAssessment assess(QStringView vin, QStringView mode);
    // Smartcar's own test VINs break the rules: simulated and (deprecated) test mode accept them.
    static bool isLenientMode(QStringView mode);

    bool isEmpty() const { return m_empty; }
    // Worth a check mark: well formed and, for a North-American VIN, the check digit matches.
    bool isGood() const { return m_good; }
    // The worst finding's severity; Info when there is none.
    Severity severity() const;
    // The findings, field "single_select_vin", at most one.
    const Diagnostics &findings() const { return m_findings; }
    // The line under the field: what the VIN is, in a few words, consistent with findings().
    QString summary() const { return m_summary; }

private:
    bool m_empty = true;
    bool m_good = false;
    Diagnostics m_findings;
    QString m_summary;
};

} // namespace connectlab
