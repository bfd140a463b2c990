#pragma once

#include <QString>
#include <QStringList>

namespace connectlab {

// "Did you mean …?" for names that are almost a known one: read_odometr → read_odometer, TESALA → TESLA,
// contry → country, redirect_url → redirect_uri. The nearest candidate by edit distance (insertions,
// deletions, substitutions and swaps of two neighbours, case ignored), when it is close enough to be a typo.
class NameSuggester
{
public:
    // The candidate `name` is most likely a typo of, or "" when none is close enough (or it is one of them).
    static QString nearest(QStringView name, const QStringList &candidates);
    // Optimal string alignment distance, case-insensitive.
    static int distance(QStringView a, QStringView b);
};

} // namespace connectlab
