#include "JsonLocator.h"

#include <QList>

namespace connectlab::plan {

namespace {

// A small scanner over valid JSON: records the offset of every value by its pointer.
class Scanner
{
public:
    Scanner(const QByteArray &json, QHash<QString, qsizetype> *offsets) : m_json(json), m_offsets(offsets) {}

    void run()
    {
        skipSpace();
        value(QString(), m_pos);
    }

private:
    void skipSpace()
    {
        while (m_pos < m_json.size() && (m_json.at(m_pos) == ' ' || m_json.at(m_pos) == '\t' ||
                                         m_json.at(m_pos) == '\n' || m_json.at(m_pos) == '\r'))
            ++m_pos;
    }

    QString string()
    {
        // At the opening quote; returns the decoded text (escapes simplified: enough for key names).
        QByteArray out;
        ++m_pos;
        while (m_pos < m_json.size() && m_json.at(m_pos) != '"') {
            if (m_json.at(m_pos) == '\\' && m_pos + 1 < m_json.size()) {
                const char next = m_json.at(m_pos + 1);
                if (next == 'u' && m_pos + 5 < m_json.size()) {
                    const ushort code = m_json.mid(m_pos + 2, 4).toUShort(nullptr, 16);
                    out += QString(QChar(code)).toUtf8();
                    m_pos += 6;
                    continue;
                }
                out += next == 'n' ? '\n' : next == 't' ? '\t' : next;
                m_pos += 2;
                continue;
            }
            out += m_json.at(m_pos++);
        }
        ++m_pos;
        return QString::fromUtf8(out);
    }

    static QString escape(const QString &key)
    {
        QString escaped = key;
        escaped.replace(QLatin1Char('~'), QLatin1String("~0"));
        escaped.replace(QLatin1Char('/'), QLatin1String("~1"));
        return escaped;
    }

    void value(const QString &path, qsizetype at)
    {
        m_offsets->insert(path, at);
        if (m_pos >= m_json.size())
            return;
        const char c = m_json.at(m_pos);
        if (c == '{') {
            ++m_pos;
            skipSpace();
            while (m_pos < m_json.size() && m_json.at(m_pos) != '}') {
                const qsizetype keyAt = m_pos;
                const QString key = string();
                skipSpace();
                ++m_pos; // ':'
                skipSpace();
                value(path + QLatin1Char('/') + escape(key), keyAt);
                skipSpace();
                if (m_pos < m_json.size() && m_json.at(m_pos) == ',') {
                    ++m_pos;
                    skipSpace();
                }
            }
            ++m_pos;
        } else if (c == '[') {
            ++m_pos;
            skipSpace();
            int index = 0;
            while (m_pos < m_json.size() && m_json.at(m_pos) != ']') {
                value(path + QLatin1Char('/') + QString::number(index++), m_pos);
                skipSpace();
                if (m_pos < m_json.size() && m_json.at(m_pos) == ',') {
                    ++m_pos;
                    skipSpace();
                }
            }
            ++m_pos;
        } else if (c == '"') {
            string();
        } else {
            while (m_pos < m_json.size() && !QByteArrayView(",}] \t\r\n").contains(m_json.at(m_pos)))
                ++m_pos;
        }
    }

    const QByteArray &m_json;
    QHash<QString, qsizetype> *m_offsets;
    qsizetype m_pos = 0;
};

} // namespace

JsonLocator::JsonLocator(const QByteArray &json) : m_json(json)
{
    Scanner(m_json, &m_offsets).run();
}

JsonLocator::Position JsonLocator::find(const QString &path) const
{
    QString at = path;
    while (true) {
        const auto it = m_offsets.constFind(at);
        if (it != m_offsets.constEnd())
            return positionOf(m_json, it.value());
        if (at.isEmpty())
            return {};
        at.truncate(qMax(0, int(at.lastIndexOf(QLatin1Char('/')))));
    }
}

JsonLocator::Position JsonLocator::positionOf(const QByteArray &json, qsizetype offset)
{
    Position position{1, 1};
    const qsizetype end = qBound(qsizetype(0), offset, json.size());
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < end; ++i) {
        if (json.at(i) == '\n') {
            ++position.line;
            lineStart = i + 1;
        }
    }
    position.column = int(QString::fromUtf8(json.mid(lineStart, end - lineStart)).size()) + 1;
    return position;
}

} // namespace connectlab::plan
