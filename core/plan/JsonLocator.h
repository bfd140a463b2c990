#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace connectlab::plan {

// Where each value of a JSON text is, so an error about a key can name its line. Paths are JSON Pointers
// ("/cases/2/expect/outcome"); the position of an object member is that of its key, of an array element
// that of the element. Built from text QJsonDocument already accepted.
class JsonLocator
{
public:
    struct Position
    {
        int line = 0;   // 1-based; 0 when unknown
        int column = 0; // 1-based, in characters
    };

    explicit JsonLocator(const QByteArray &json);

    // The position of `path`, or of its nearest ancestor that is known.
    Position find(const QString &path) const;
    // Line and column of a byte offset (QJsonParseError::offset).
    static Position positionOf(const QByteArray &json, qsizetype offset);

private:
    QHash<QString, qsizetype> m_offsets;
    QByteArray m_json;
};

} // namespace connectlab::plan
