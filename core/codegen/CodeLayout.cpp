#include "CodeLayout.h"

#include "StringLiteral.h"

#include <algorithm>

namespace connectlab {

QString CodeLayout::list(const QStringList &items, const QString &open, const QString &close,
                         const QString &indent, int column, int step)
{
    const QString single = open + items.join(QLatin1StringView(", ")) + close;
    if (items.isEmpty() || column + single.size() <= Width)
        return single;
    const QString inner = indent + (step > 0 ? QString(step, u' ') : QStringLiteral("\t"));
    QString out = open + u'\n';
    for (const QString &item : items)
        out += inner + item + QLatin1StringView(",\n");
    return out + indent + close;
}

QStringList CodeLayout::comment(const QString &text, const QString &indent, const QString &marker)
{
    QStringList lines;
    const QString prefix = indent + marker + u' ';
    const qsizetype room = std::max<qsizetype>(30, Width - prefix.size());
    // A value quoted in a comment cannot end the comment: line breaks and other invisible characters become
    // spaces.
    QString clean = text;
    for (QChar &c : clean)
        if (!c.isSurrogate() && StringLiteral::isInvisible(c.unicode()))
            c = u' ';
    QString line;
    for (const QString &word : clean.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > room) {
            lines.append(prefix + line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines.append(prefix + line);
    return lines;
}

QStringList CodeLayout::aligned(const QList<QPair<QString, QString>> &keyValues, const QString &separator)
{
    qsizetype width = 0;
    for (const auto &kv : keyValues)
        width = std::max(width, kv.first.size() + separator.size());
    QStringList out;
    for (const auto &kv : keyValues)
        out.append(QString(kv.first + separator).leftJustified(width + 1) + kv.second);
    return out;
}

} // namespace connectlab
