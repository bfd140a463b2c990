#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace connectlab {

// application/x-www-form-urlencoded bodies for the token endpoint. Every byte outside the unreserved set
// (A-Z a-z 0-9 - . _ ~) is percent-encoded, so a '+' in a value travels as %2B (a raw '+' would be read
// as a space) and a space as %20.
class FormEncoder
{
public:
    using Pair = QPair<QString, QString>;

    static QByteArray encodeComponent(const QString &text);
    static QByteArray encode(const QList<Pair> &pairs);
};

} // namespace connectlab
