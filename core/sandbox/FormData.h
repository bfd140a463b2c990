#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace connectlab::sandbox {

// Name/value pairs of a query string or an application/x-www-form-urlencoded body, in order and with
// repeats kept (pairs with an empty name are dropped). Decoding and encoding are core's QueryString.
class FormData
{
public:
    using Pair = QPair<QString, QString>;

    FormData() = default;
    static FormData parse(QByteArrayView encoded);

    const QList<Pair> &pairs() const { return m_pairs; }
    bool isEmpty() const { return m_pairs.isEmpty(); }
    bool contains(const QString &name) const;
    QString value(const QString &name) const; // first value, or a null string
    QStringList values(const QString &name) const;
    void add(const QString &name, const QString &value) { m_pairs.append({name, value}); }

    // Encodes with every reserved character percent-encoded and a space as %20.
    QByteArray toEncoded() const;
    static QByteArray encodeComponent(const QString &text);
    static QString decodeComponent(QByteArrayView encoded);

private:
    QList<Pair> m_pairs;
};

} // namespace connectlab::sandbox
