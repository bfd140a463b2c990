#pragma once

#include <QString>
#include <QStringList>

namespace connectlab {

// Small layout helpers the generators share: lists that fit on a line stay on it, longer ones get a line per
// item; comments wrapped to the width.
class CodeLayout
{
public:
    static constexpr int Width = 100;

    // "open a, b close" when it fits in Width from `column`; otherwise one item per line, indented by
    // `indent` plus `step` spaces (or a tab when step is 0), with a trailing comma, and `close` on its own
    // line at `indent`.
    static QString list(const QStringList &items, const QString &open, const QString &close,
                        const QString &indent, int column, int step = 2);
    // `text` as comment lines ("// …", "# …") starting with `indent`, wrapped to Width.
    static QStringList comment(const QString &text, const QString &indent, const QString &marker);
    // Pads each "key" to the longest one (for aligned "Key: value" lines, as gofmt does).
    static QStringList aligned(const QList<QPair<QString, QString>> &keyValues, const QString &separator);
};

} // namespace connectlab
