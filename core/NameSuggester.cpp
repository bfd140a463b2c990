#include "NameSuggester.h"

#include <QVarLengthArray>

#include <algorithm>

namespace connectlab {

int NameSuggester::distance(QStringView a, QStringView b)
{
    const qsizetype n = a.size(), m = b.size();
    // Three rows of the dynamic-programming table: two back for the swap of neighbours.
    QVarLengthArray<int, 64> prev2(m + 1), prev(m + 1), row(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        row[0] = int(i);
        const QChar ca = a[i - 1].toLower();
        for (qsizetype j = 1; j <= m; ++j) {
            const QChar cb = b[j - 1].toLower();
            const int cost = ca == cb ? 0 : 1;
            int best = std::min({prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && ca == b[j - 2].toLower() && a[i - 2].toLower() == cb)
                best = std::min(best, prev2[j - 2] + 1);
            row[j] = best;
        }
        std::swap(prev2, prev);
        std::swap(prev, row);
    }
    return prev[m];
}

QString NameSuggester::nearest(QStringView name, const QStringList &candidates)
{
    if (name.isEmpty() || name.size() > 64)
        return QString();
    // A typo is one or two edits in a short name, up to a third of a long one.
    const int allowed = std::max(1, std::min(3, int(name.size()) / 3));
    QString best;
    int bestDistance = allowed + 1;
    for (const QString &candidate : candidates) {
        if (std::abs(int(candidate.size()) - int(name.size())) > allowed)
            continue;
        const int d = distance(name, candidate);
        if (d == 0)
            return QString(); // it is a known name (perhaps in another case)
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}

} // namespace connectlab
