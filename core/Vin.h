#pragma once

#include <QString>

namespace connectlab {

// Vehicle identification number rules (ISO 3779 / 49 CFR 565).
class Vin
{
public:
    static constexpr int Length = 17;
    // 17 characters of A-Z 0-9.
    static bool isAlphanumeric17(QStringView vin);
    // Contains I, O or Q (never used in a real VIN).
    static bool hasForbiddenLetters(QStringView vin);
    // First character 1-5: North America, where position 9 is a check digit.
    static bool isNorthAmerican(QStringView vin);
    // The check digit position 9 should hold ('0'-'9' or 'X'), or a null QChar when it cannot be computed.
    static QChar expectedCheckDigit(QStringView vin);
    static bool checkDigitMatches(QStringView vin);
};

} // namespace connectlab
