#include "UrlBuilder.h"

#include <QVarLengthArray>

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

inline bool isUnreserved(char16_t u)
{
    return Ascii.length[u] == 1;
} // u < 0x80

// Characters one UTF-16 unit (or a surrogate pair, counted on its high half) takes once encoded.
qsizetype encodedLength(QStringView value)
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

inline void writeByte(char16_t *&p, unsigned byte)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    p[0] = u'%';
    p[1] = char16_t(hex[byte >> 4]);
    p[2] = char16_t(hex[byte & 0xF]);
    p += 3;
}

void writeEncoded(char16_t *&p, QStringView value)
{
    const qsizetype n = value.size();
    const char16_t *src = value.utf16();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = src[i];
        if (u < 0x80) {
            if (isUnreserved(u))
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
}

// First pass of build(): an upper bound of the link's length, without looking at the characters
// (a UTF-16 unit never takes more than 9 characters once encoded: 3 UTF-8 bytes as %XX).
struct Bound
{
    qsizetype length = 0;
    void literal(QLatin1StringView text) { length += text.size(); }
    void verbatim(QStringView text) { length += text.size(); }
    void value(QStringView text) { length += 9 * text.size(); }
};

// Second pass: writes into a buffer of at least that length.
struct Write
{
    char16_t *p;
    void literal(QLatin1StringView text)
    {
        for (char c : text)
            *p++ = char16_t(uchar(c));
    }
    void verbatim(QStringView text)
    {
        std::copy_n(text.utf16(), text.size(), p);
        p += text.size();
    }
    void value(QStringView text) { writeEncoded(p, text); }
};

template <typename Sink> void param(Sink &sink, QLatin1StringView nameAndEquals, const QString &value)
{
    sink.literal(nameAndEquals);
    sink.value(value);
}

// The link, in the order the official back-end SDKs write it.
template <typename Sink> void emitLink(const ConnectRequest &r, Sink &sink)
{
    sink.verbatim(r.baseUrl);
    sink.literal(r.isReauthentication() ? QLatin1StringView("/oauth/reauthenticate?response_type=")
                                        : QLatin1StringView("/oauth/authorize?response_type="));
    sink.value(r.responseType);
    if (!r.clientId.isEmpty())
        param(sink, QLatin1StringView("&client_id="), r.clientId);
    if (!r.vehicleId.isEmpty())
        param(sink, QLatin1StringView("&vehicle_id="), r.vehicleId);
    if (!r.redirectUri.isEmpty())
        param(sink, QLatin1StringView("&redirect_uri="), r.redirectUri);
    if (!r.scope.isEmpty()) {
        sink.literal(QLatin1StringView("&scope="));
        bool first = true;
        for (const Permission &p : r.scope) {
            if (!first)
                sink.literal(QLatin1StringView("%20"));
            first = false;
            if (p.required)
                sink.literal(QLatin1StringView("required%3A"));
            sink.value(p.name);
        }
    }
    if (!r.state.isEmpty())
        param(sink, QLatin1StringView("&state="), r.state);
    param(sink, QLatin1StringView("&approval_prompt="), r.approvalPrompt);
    param(sink, QLatin1StringView("&mode="), r.mode);
    if (!r.make.isEmpty())
        param(sink, QLatin1StringView("&make="), r.make);
    if (!r.singleSelect.isEmpty())
        param(sink, QLatin1StringView("&single_select="), r.singleSelect);
    if (!r.singleSelectVin.isEmpty())
        param(sink, QLatin1StringView("&single_select_vin="), r.singleSelectVin);
    if (!r.flags.isEmpty()) {
        sink.literal(QLatin1StringView("&flags="));
        bool first = true;
        for (const Flag &f : r.flags) {
            if (!first)
                sink.literal(QLatin1StringView("%20"));
            first = false;
            sink.value(f.name);
            if (f.hasValue) {
                sink.literal(QLatin1StringView("%3A"));
                sink.value(f.value);
            }
        }
    }
    for (const Parameter &e : r.extras) {
        sink.literal(QLatin1StringView("&"));
        sink.value(e.name);
        sink.literal(QLatin1StringView("="));
        sink.value(e.value);
    }
}

} // namespace

void UrlBuilder::appendEncoded(QString &out, const QString &value)
{
    const qsizetype length = encodedLength(value);
    if (length == value.size()) { // nothing to escape
        out.append(value);
        return;
    }
    const qsizetype oldSize = out.size();
    out.resize(oldSize + length);
    char16_t *p = reinterpret_cast<char16_t *>(out.data()) + oldSize;
    writeEncoded(p, value);
}

QString UrlBuilder::encode(const QString &value)
{
    QString out;
    appendEncoded(out, value);
    return out;
}

QList<Parameter> UrlBuilder::parameters(const ConnectRequest &r)
{
    QList<Parameter> out;
    out.reserve(12 + r.extras.size());
    auto add = [&out](const char *name, const QString &value) {
        out.append(Parameter{QString::fromLatin1(name), value});
    };
    add("response_type", r.responseType);
    if (!r.clientId.isEmpty())
        add("client_id", r.clientId);
    if (!r.vehicleId.isEmpty())
        add("vehicle_id", r.vehicleId);
    if (!r.redirectUri.isEmpty())
        add("redirect_uri", r.redirectUri);
    if (!r.scope.isEmpty())
        add("scope", r.scopeString());
    if (!r.state.isEmpty())
        add("state", r.state);
    add("approval_prompt", r.approvalPrompt);
    add("mode", r.mode);
    if (!r.make.isEmpty())
        add("make", r.make);
    if (!r.singleSelect.isEmpty())
        add("single_select", r.singleSelect);
    if (!r.singleSelectVin.isEmpty())
        add("single_select_vin", r.singleSelectVin);
    if (!r.flags.isEmpty())
        add("flags", r.flagsString());
    out.append(r.extras);
    return out;
}

QString UrlBuilder::build(const ConnectRequest &request)
{
    // Write once into a per-thread scratch buffer sized by a cheap upper bound, then copy the exact
    // length out: one pass over the characters and one allocation.
    constexpr qsizetype KeptScratch = 16 * 1024;
    thread_local QVarLengthArray<char16_t, 1> scratch;
    Bound bound;
    emitLink(request, bound);
    QVarLengthArray<char16_t, 1> large; // for the odd huge request, so the scratch stays small
    QVarLengthArray<char16_t, 1> &buffer = bound.length <= KeptScratch ? scratch : large;
    if (buffer.size() < bound.length)
        buffer.resize(bound.length);
    Write write{buffer.data()};
    emitLink(request, write);
    return QString(reinterpret_cast<const QChar *>(buffer.constData()), write.p - buffer.constData());
}

} // namespace connectlab
