#pragma once

#include "ConnectRequest.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace connectlab {

// The one encoder and decoder of query strings and form bodies (application/x-www-form-urlencoded) in
// Connect Lab: the link builder and parser, the callback reader, the sandbox's forms and the token client all
// use it, so every part reads a link the same way.
//
// Decoding: '+' is a space, %XX is a byte, the bytes are read as UTF-8. Nothing is dropped: a leading
// U+FEFF (byte-order mark) or any other invisible character stays in the value, so a tool that inspects
// links can show it. A '%' not followed by two hex digits, or escapes that do not form UTF-8, leave the
// component as written and report it as bad.
//
// Encoding: every character outside RFC 3986 "unreserved" (A-Z a-z 0-9 - . _ ~) is percent-encoded as
// UTF-8, a space as %20 (never '+', which servers read as a space); a lone surrogate becomes U+FFFD.
class QueryString
{
public:
    struct Item
    {
        QString name;
        QString value;
        bool hasValue = false; // "a=" and "a=1" have one, a bare "a" does not
        bool bad = false;      // the name or the value holds a bad escape (kept as written)
        QStringView raw;       // the segment as it was in the input (valid as long as the input)
    };

    // Splits `a=1&b=2` (with or without a leading '?'), in order, repeats kept, empty segments skipped.
    static QList<Item> parse(QStringView query);
    // The same as name/value pairs, dropping items with an empty name (callbacks, forms).
    static QList<Parameter> parameters(QStringView query);
    static QList<Parameter> parameters(QByteArrayView query);

    static QString decode(QStringView component, bool *bad = nullptr);
    // Bytes as they arrive in an HTTP request: a raw byte >= 0x80 is taken as a UTF-8 byte.
    static QString decode(QByteArrayView component, bool *bad = nullptr);

    static QString encode(QStringView value);
    static void appendEncoded(QString &out, QStringView value);
    // name=value&… with both sides encoded.
    static QString encode(const QList<Parameter> &parameters);

    // For writers that size a buffer first (the link builder): the encoded length of `value`, and the
    // encoded text written at `out` (which must have room for encodedLength(value) units); returns the end.
    static qsizetype encodedLength(QStringView value);
    static char16_t *writeEncoded(char16_t *out, QStringView value);
};

} // namespace connectlab
