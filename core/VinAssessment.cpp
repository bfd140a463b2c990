#include "VinAssessment.h"

#include "Vin.h"

namespace connectlab {

namespace {

const QString &field()
{
    static const QString f = QStringLiteral("single_select_vin");
    return f;
}

QString quoted(QStringView s)
{
    constexpr qsizetype Max = 60;
    if (s.size() <= Max)
        return u'"' + s.toString() + u'"';
    return u'"' + s.left(Max).toString() + QStringLiteral("…\"");
}

} // namespace

bool VinAssessment::isLenientMode(QStringView mode)
{
    return mode == u"simulated" || mode == u"test";
}

Severity VinAssessment::severity() const
{
    Severity worst = Severity::Info;
    for (const Diagnostic &d : m_findings)
        if (int(d.severity) > int(worst))
            worst = d.severity;
    return worst;
}

VinAssessment VinAssessment::assess(QStringView vin, QStringView mode)
{
    VinAssessment a;
    if (vin.isEmpty()) {
        a.m_summary = tr("Optional. Needs single select; wins over the make.");
        return a;
    }
    a.m_empty = false;
    const bool lenient = isLenientMode(mode);
    const QString modeText = mode.toString();

    if (!Vin::isAlphanumeric17(vin)) {
        bool lower = false;
        for (QChar c : vin)
            lower = lower || (c.unicode() >= 'a' && c.unicode() <= 'z');
        const QString fix = lower ? tr("Write it in upper case.")
                                  : tr("Check for missing characters, spaces or punctuation.");
        a.m_findings.append({field(), Severity::Error, QStringLiteral("vin-format"),
                             tr("A VIN has exactly 17 characters of A-Z and 0-9; %1 has %n character(s). %2",
                                nullptr, int(vin.size()))
                                 .arg(quoted(vin), fix)});
        a.m_summary = vin.size() != Vin::Length
                          ? tr("%n of 17 characters: Connect will refuse it", nullptr, int(vin.size()))
                          : tr("17 characters, but only A-Z and 0-9 are allowed: Connect will refuse it");
        return a;
    }
    if (Vin::hasForbiddenLetters(vin)) {
        if (lenient) {
            a.m_findings.append({field(), Severity::Info, QStringLiteral("vin-forbidden-letters"),
                                 tr("This VIN contains I, O or Q, which real VINs never use; it is accepted "
                                    "because mode=%1 takes test VINs. In live mode Connect refuses it.")
                                     .arg(modeText)});
            a.m_summary = tr("A test VIN (contains I, O or Q): accepted in %1 mode").arg(modeText);
        } else {
            a.m_findings.append({field(), Severity::Error, QStringLiteral("vin-forbidden-letters"),
                                 tr("A real VIN never contains I, O or Q: they are usually 1 and 0 misread. "
                                    "Test VINs are accepted only with mode=simulated.")});
            a.m_summary = tr("Contains I, O or Q, which real VINs never use: refused in live mode");
        }
        return a;
    }
    if (Vin::isNorthAmerican(vin)) {
        const QChar expected = Vin::expectedCheckDigit(vin);
        if (Vin::checkDigitMatches(vin)) {
            a.m_good = true;
            a.m_summary = tr("Well formed; check digit %1 is correct (North-American VIN)").arg(expected);
            return a;
        }
        if (lenient) {
            a.m_findings.append(
                {field(), Severity::Info, QStringLiteral("vin-check-digit"),
                 tr("The check digit (9th character) of this North-American VIN should be %1, "
                    "not %2; it is accepted because mode=%3 takes test VINs. In live mode "
                    "Connect refuses it.")
                     .arg(expected)
                     .arg(vin[8])
                     .arg(modeText)});
            a.m_summary = tr("Check digit should be %1, not %2: accepted in %3 mode")
                              .arg(expected)
                              .arg(vin[8])
                              .arg(modeText);
        } else {
            a.m_findings.append(
                {field(), Severity::Error, QStringLiteral("vin-check-digit"),
                 tr("The check digit (9th character) of this North-American VIN should be %1, "
                    "not %2: the VIN has a typo. Test VINs are accepted only with "
                    "mode=simulated.")
                     .arg(expected)
                     .arg(vin[8])});
            a.m_summary =
                tr("Check digit should be %1, not %2: refused in live mode").arg(expected).arg(vin[8]);
        }
        return a;
    }
    a.m_good = true;
    a.m_summary = tr("Well formed; VINs outside North America have no check digit");
    return a;
}

} // namespace connectlab
