#include "QueryString.h"

#include <QStringDecoder>
#include <QVarLengthArray>

#include <algorithm>

namespace connectlab {

namespace {

// RFC 3986 unreserved: A-Z a-z 0-9 - . _ ~ (kept as they are); every other ASCII character becomes %XX.
// A table instead of comparisons: no data-dependent branches in the hot loops.
constexpr bool isUnreservedSlow(char16_t u)
{
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-' ||
           u == '.' || u == '_' || u == '~';
}

struct AsciiTable
{
    unsigned char length[128]; // 1 or 3
    constexpr AsciiTable() : length()
    {
        for (char16_t u = 0; u < 128; ++u)
            length[u] = isUnreservedSlow(u) ? 1 : 3;
    }
};
constexpr AsciiTable Ascii;

inline void writeByte(char16_t *&p, unsigned byte)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    p[0] = u'%';
    p[1] = char16_t(hex[byte >> 4]);
    p[2] = char16_t(hex[byte & 0xF]);
    p += 3;
}

int hexValue(char16_t u)
{
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

// Reads UTF-8 bytes without skipping an initial byte-order mark (QStringDecoder's default drops it).
QString fromUtf8Exactly(QByteArrayView bytes, bool *error)
{
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    QString out = decoder.decode(bytes);
    *error = decoder.hasError();
    return out;
}

// The decoder for both inputs: UTF-16 text (a raw non-ASCII character is re-encoded as UTF-8) and bytes
// (a raw byte >= 0x80 is a UTF-8 byte as it is).
template <typename Char> QString decodeImpl(const Char *src, qsizetype n, bool *bad)
{
    if (bad)
        *bad = false;
    if (std::none_of(src, src + n, [](Char c) { return c == Char('%') || c == Char('+'); })) {
        if constexpr (sizeof(Char) == 2) {
            return QString(reinterpret_cast<const QChar *>(src), n);
        } else {
            bool error = false;
            QString out = fromUtf8Exactly(QByteArrayView(src, n), &error);
            if (error && bad)
                *bad = true;
            return out;
        }
    }

    // Decode into bytes (a UTF-16 unit never needs more than 3 bytes), then read them as UTF-8.
    QVarLengthArray<char, 256> bytes(3 * n);
    char *out8 = bytes.data();
    bool badPercent = false;
    bool ascii = true;
    for (qsizetype i = 0; i < n; ++i) {
        const auto u = char16_t(std::make_unsigned_t<Char>(src[i]));
        if (u == '%') {
            const int hi = i + 2 < n ? hexValue(char16_t(std::make_unsigned_t<Char>(src[i + 1]))) : -1;
            const int lo = i + 2 < n ? hexValue(char16_t(std::make_unsigned_t<Char>(src[i + 2]))) : -1;
            if (hi >= 0 && lo >= 0) {
                const int byte = hi * 16 + lo;
                ascii = ascii && byte < 0x80;
                *out8++ = char(byte);
                i += 2;
            } else {
                badPercent = true;
                *out8++ = '%';
            }
        } else if (u == '+') {
            *out8++ = ' ';
        } else if (u < 0x80) {
            *out8++ = char(u);
        } else if constexpr (sizeof(Char) == 1) {
            *out8++ = char(u);
            ascii = false;
        } else {
            // A raw non-ASCII run (someone pasted an unencoded link): re-encode it as UTF-8.
            qsizetype j = i;
            while (j < n && char16_t(src[j]) >= 0x80)
                ++j;
            const QByteArray utf8 = QStringView(reinterpret_cast<const QChar *>(src + i), j - i).toUtf8();
            out8 = std::copy(utf8.cbegin(), utf8.cend(), out8);
            ascii = false;
            i = j - 1;
        }
    }
    const QByteArrayView decoded(bytes.constData(), out8 - bytes.constData());
    QString out;
    if (ascii) {
        out = QString::fromLatin1(decoded);
    } else {
        bool error = false;
        out = fromUtf8Exactly(decoded, &error);
        if (error) {
            // The escapes do not form UTF-8 text: keep the component as written rather than guess.
            badPercent = true;
            if constexpr (sizeof(Char) == 2)
                out = QString(reinterpret_cast<const QChar *>(src), n);
            else
                out = QString::fromLatin1(QByteArrayView(src, n));
        }
    }
    if (bad)
        *bad = badPercent;
    return out;
}

template <typename View, typename F> void forEachSegment(View query, F &&f)
{
    if (!query.isEmpty() && query.front() == '?')
        query = query.sliced(1);
    qsizetype pos = 0;
    const qsizetype n = query.size();
    while (pos <= n) {
        qsizetype end = query.indexOf('&', pos);
        if (end < 0)
            end = n;
        const View segment = query.sliced(pos, end - pos);
        pos = end + 1;
        if (!segment.isEmpty())
            f(segment);
    }
}

} // namespace

QString QueryString::decode(QStringView component, bool *bad)
{
    return decodeImpl(component.utf16(), component.size(), bad);
}

QString QueryString::decode(QByteArrayView component, bool *bad)
{
    return decodeImpl(component.data(), component.size(), bad);
}

QList<QueryString::Item> QueryString::parse(QStringView query)
{
    QList<Item> items;
    forEachSegment(query, [&items](QStringView segment) {
        Item item;
        item.raw = segment;
        const qsizetype eq = segment.indexOf(u'=');
        bool badName = false, badValue = false;
        item.name = decode(eq >= 0 ? segment.first(eq) : segment, &badName);
        if (eq >= 0) {
            item.value = decode(segment.sliced(eq + 1), &badValue);
            item.hasValue = true;
        }
        item.bad = badName || badValue;
        items.append(std::move(item));
    });
    return items;
}

QList<Parameter> QueryString::parameters(QStringView query)
{
    QList<Parameter> out;
    forEachSegment(query, [&out](QStringView segment) {
        const qsizetype eq = segment.indexOf(u'=');
        QString name = decode(eq >= 0 ? segment.first(eq) : segment);
        if (!name.isEmpty())
            out.append({std::move(name), eq >= 0 ? decode(segment.sliced(eq + 1)) : QString()});
    });
    return out;
}

QList<Parameter> QueryString::parameters(QByteArrayView query)
{
    QList<Parameter> out;
    forEachSegment(query, [&out](QByteArrayView segment) {
        const qsizetype eq = segment.indexOf('=');
        QString name = decode(eq >= 0 ? segment.first(eq) : segment);
        if (!name.isEmpty())
            out.append({std::move(name), eq >= 0 ? decode(segment.sliced(eq + 1)) : QString()});
    });
    return out;
}

qsizetype QueryString::encodedLength(QStringView value)
{
    qsizetype length = 0;
    const qsizetype n = value.size();
    const char16_t *src = value.utf16();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = src[i];
        if (u < 0x80) {
            length += Ascii.length[u];
        } else if (u < 0x800) {
            length += 6;
        } else if (QChar::isHighSurrogate(u) && i + 1 < n && QChar::isLowSurrogate(src[i + 1])) {
            length += 12;
            ++i;
        } else {
            length += 9;
        }
    }
    return length;
}

char16_t *QueryString::writeEncoded(char16_t *p, QStringView value)
{
    const qsizetype n = value.size();
    const char16_t *src = value.utf16();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = src[i];
        if (u < 0x80) {
            if (Ascii.length[u] == 1)
                *p++ = u;
            else
                writeByte(p, u);
        } else if (u < 0x800) {
            writeByte(p, 0xC0 | (u >> 6));
            writeByte(p, 0x80 | (u & 0x3F));
        } else if (QChar::isHighSurrogate(u) && i + 1 < n && QChar::isLowSurrogate(src[i + 1])) {
            const char32_t cp = QChar::surrogateToUcs4(u, src[i + 1]);
            ++i;
            writeByte(p, 0xF0 | (cp >> 18));
            writeByte(p, 0x80 | ((cp >> 12) & 0x3F));
            writeByte(p, 0x80 | ((cp >> 6) & 0x3F));
            writeByte(p, 0x80 | (cp & 0x3F));
        } else {
            // A lone surrogate cannot be written as UTF-8: U+FFFD, as QString::toUtf8() does.
            const char16_t c = QChar::isSurrogate(u) ? char16_t(0xFFFD) : u;
            writeByte(p, 0xE0 | (c >> 12));
            writeByte(p, 0x80 | ((c >> 6) & 0x3F));
            writeByte(p, 0x80 | (c & 0x3F));
        }
    }
    return p;
}

void QueryString::appendEncoded(QString &out, QStringView value)
{
    const qsizetype length = encodedLength(value);
    if (length == value.size()) { // nothing to escape
        out.append(value);
        return;
    }
    const qsizetype oldSize = out.size();
    out.resize(oldSize + length);
    writeEncoded(reinterpret_cast<char16_t *>(out.data()) + oldSize, value);
}

QString QueryString::encode(QStringView value)
{
    QString out;
    appendEncoded(out, value);
    return out;
}

QString QueryString::encode(const QList<Parameter> &parameters)
{
    QString out;
    for (const Parameter &p : parameters) {
        if (!out.isEmpty())
            out += u'&';
        appendEncoded(out, p.name);
        out += u'=';
        appendEncoded(out, p.value);
    }
    return out;
}

} // namespace connectlab
