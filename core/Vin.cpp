#include "Vin.h"

namespace connectlab {

namespace {

// ISO 3779 transliteration; -1 for letters a VIN never holds (I, O, Q) and anything else.
int transliterate(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    static constexpr int letters[26] = {1, 2,  3, 4,  5, 6, 7, 8, -1, 1, 2, 3, 4,
                                        5, -1, 7, -1, 9, 2, 3, 4, 5,  6, 7, 8, 9};
    if (u >= 'A' && u <= 'Z')
        return letters[u - 'A'];
    return -1;
}

constexpr int Weights[Vin::Length] = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

} // namespace

bool Vin::isAlphanumeric17(QStringView vin)
{
    if (vin.size() != Length)
        return false;
    for (QChar c : vin) {
        const char16_t u = c.unicode();
        if (!((u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')))
            return false;
    }
    return true;
}

bool Vin::hasForbiddenLetters(QStringView vin)
{
    for (QChar c : vin) {
        const char16_t u = c.unicode();
        if (u == 'I' || u == 'O' || u == 'Q')
            return true;
    }
    return false;
}

bool Vin::isNorthAmerican(QStringView vin)
{
    return !vin.isEmpty() && vin[0].unicode() >= '1' && vin[0].unicode() <= '5';
}

QChar Vin::expectedCheckDigit(QStringView vin)
{
    if (!isAlphanumeric17(vin))
        return QChar();
    int sum = 0;
    for (int i = 0; i < Length; ++i) {
        const int v = transliterate(vin[i]);
        if (v < 0)
            return QChar();
        sum += v * Weights[i];
    }
    const int r = sum % 11;
    return r == 10 ? QLatin1Char('X') : QChar(char16_t('0' + r));
}

bool Vin::checkDigitMatches(QStringView vin)
{
    const QChar expected = expectedCheckDigit(vin);
    return !expected.isNull() && vin[8] == expected;
}

} // namespace connectlab
