#include "UrlBuilder.h"

namespace connectlab {

namespace {

// RFC 3986 unreserved: A-Z a-z 0-9 - . _ ~
constexpr bool isUnreserved(char16_t u)
{
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-' ||
           u == '.' || u == '_' || u == '~';
}

inline void appendByte(QChar *&p, unsigned byte)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    *p++ = QLatin1Char('%');
    *p++ = QLatin1Char(hex[byte >> 4]);
    *p++ = QLatin1Char(hex[byte & 0xF]);
}

void appendName(QString &out, QLatin1StringView name)
{
    out.append(name);
    out.append(QLatin1Char('='));
}

void appendParam(QString &out, QLatin1StringView name, const QString &value)
{
    out.append(QLatin1Char('&'));
    appendName(out, name);
    UrlBuilder::appendEncoded(out, value);
}

} // namespace

void UrlBuilder::appendEncoded(QString &out, const QString &value)
{
    const qsizetype n = value.size();
    const QChar *src = value.constData();
    // First pass: the exact encoded length, so the output grows once and within its reservation.
    qsizetype length = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = src[i].unicode();
        if (u < 0x80) {
            length += isUnreserved(u) ? 1 : 3;
        } else if (u < 0x800) {
            length += 6;
        } else if (QChar::isHighSurrogate(u) && i + 1 < n && QChar::isLowSurrogate(src[i + 1].unicode())) {
            length += 12;
            ++i;
        } else {
            length += 9;
        }
    }
    const qsizetype oldSize = out.size();
    if (length == n) { // nothing to escape
        out.append(value);
        return;
    }
    out.resize(oldSize + length);
    QChar *start = out.data() + oldSize;
    QChar *p = start;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = src[i].unicode();
        if (u < 0x80) {
            if (isUnreserved(u))
                *p++ = QChar(u);
            else
                appendByte(p, u);
        } else if (u < 0x800) {
            appendByte(p, 0xC0 | (u >> 6));
            appendByte(p, 0x80 | (u & 0x3F));
        } else if (QChar::isHighSurrogate(u) && i + 1 < n && QChar::isLowSurrogate(src[i + 1].unicode())) {
            const char32_t cp = QChar::surrogateToUcs4(u, src[i + 1].unicode());
            ++i;
            appendByte(p, 0xF0 | (cp >> 18));
            appendByte(p, 0x80 | ((cp >> 12) & 0x3F));
            appendByte(p, 0x80 | ((cp >> 6) & 0x3F));
            appendByte(p, 0x80 | (cp & 0x3F));
        } else {
            // A lone surrogate cannot be written as UTF-8: use U+FFFD like QString::toUtf8() does.
            const char16_t c = QChar::isSurrogate(u) ? char16_t(0xFFFD) : u;
            appendByte(p, 0xE0 | (c >> 12));
            appendByte(p, 0x80 | ((c >> 6) & 0x3F));
            appendByte(p, 0x80 | (c & 0x3F));
        }
    }
    Q_ASSERT(p - start == length);
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

QString UrlBuilder::build(const ConnectRequest &r)
{
    // Estimate generously so the string is allocated once in the common (ASCII) case.
    qsizetype estimate = r.baseUrl.size() + 200 +
                         3 * (r.clientId.size() + r.redirectUri.size() + r.state.size() + r.vehicleId.size() +
                              r.make.size() + r.singleSelectVin.size() + r.responseType.size());
    for (const Permission &p : r.scope)
        estimate += 3 * (p.name.size() + 12);
    for (const Flag &f : r.flags)
        estimate += 3 * (f.name.size() + f.value.size() + 4);
    for (const Parameter &e : r.extras)
        estimate += 3 * (e.name.size() + e.value.size() + 2);

    QString out;
    out.reserve(estimate);
    out.append(r.baseUrl);
    out.append(r.isReauthentication() ? QLatin1StringView("/oauth/reauthenticate?")
                                      : QLatin1StringView("/oauth/authorize?"));
    appendName(out, QLatin1StringView("response_type"));
    appendEncoded(out, r.responseType);
    if (!r.clientId.isEmpty())
        appendParam(out, QLatin1StringView("client_id"), r.clientId);
    if (!r.vehicleId.isEmpty())
        appendParam(out, QLatin1StringView("vehicle_id"), r.vehicleId);
    if (!r.redirectUri.isEmpty())
        appendParam(out, QLatin1StringView("redirect_uri"), r.redirectUri);
    if (!r.scope.isEmpty()) {
        out.append(QLatin1StringView("&scope="));
        bool first = true;
        for (const Permission &p : r.scope) {
            if (!first)
                out.append(QLatin1StringView("%20"));
            first = false;
            if (p.required)
                out.append(QLatin1StringView("required%3A"));
            appendEncoded(out, p.name);
        }
    }
    if (!r.state.isEmpty())
        appendParam(out, QLatin1StringView("state"), r.state);
    appendParam(out, QLatin1StringView("approval_prompt"), r.approvalPrompt);
    appendParam(out, QLatin1StringView("mode"), r.mode);
    if (!r.make.isEmpty())
        appendParam(out, QLatin1StringView("make"), r.make);
    if (!r.singleSelect.isEmpty())
        appendParam(out, QLatin1StringView("single_select"), r.singleSelect);
    if (!r.singleSelectVin.isEmpty())
        appendParam(out, QLatin1StringView("single_select_vin"), r.singleSelectVin);
    if (!r.flags.isEmpty()) {
        out.append(QLatin1StringView("&flags="));
        bool first = true;
        for (const Flag &f : r.flags) {
            if (!first)
                out.append(QLatin1StringView("%20"));
            first = false;
            appendEncoded(out, f.name);
            if (f.hasValue) {
                out.append(QLatin1StringView("%3A"));
                appendEncoded(out, f.value);
            }
        }
    }
    for (const Parameter &e : r.extras) {
        out.append(QLatin1Char('&'));
        appendEncoded(out, e.name);
        out.append(QLatin1Char('='));
        appendEncoded(out, e.value);
    }
    return out;
}

} // namespace connectlab
