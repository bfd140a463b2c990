#include "UrlParser.h"

#include <QByteArray>
#include <QStringDecoder>
#include <QVarLengthArray>

#include <algorithm>

namespace connectlab {

namespace {

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

bool isSchemeChar(char16_t u, bool first)
{
    const bool alpha = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
    if (first)
        return alpha;
    return alpha || (u >= '0' && u <= '9') || u == '+' || u == '-' || u == '.';
}

// Length of "scheme://" at the start of text, or 0.
qsizetype schemeLength(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && isSchemeChar(text[i].unicode(), i == 0))
        ++i;
    if (i == 0 || i + 2 >= text.size() || text[i] != QLatin1Char(':') || text[i + 1] != QLatin1Char('/') ||
        text[i + 2] != QLatin1Char('/'))
        return 0;
    return i + 3;
}

// The single-valued parameters the request has a field for.
enum Field
{
    ClientId,
    RedirectUri,
    ResponseType,
    VehicleId,
    Scope,
    State,
    ApprovalPrompt,
    Mode,
    Make,
    SingleSelect,
    SingleSelectVin,
    Flags,
    FieldCount,
    NotAField = -1
};

int fieldOf(const QString &name)
{
    // A switch on length keeps this to one or two comparisons per parameter.
    switch (name.size()) {
    case 4:
        if (name == QLatin1StringView("mode"))
            return Mode;
        if (name == QLatin1StringView("make"))
            return Make;
        break;
    case 5:
        if (name == QLatin1StringView("scope"))
            return Scope;
        if (name == QLatin1StringView("state"))
            return State;
        if (name == QLatin1StringView("flags"))
            return Flags;
        break;
    case 9:
        if (name == QLatin1StringView("client_id"))
            return ClientId;
        break;
    case 10:
        if (name == QLatin1StringView("vehicle_id"))
            return VehicleId;
        break;
    case 12:
        if (name == QLatin1StringView("redirect_uri"))
            return RedirectUri;
        break;
    case 13:
        if (name == QLatin1StringView("response_type"))
            return ResponseType;
        if (name == QLatin1StringView("single_select"))
            return SingleSelect;
        break;
    case 15:
        if (name == QLatin1StringView("approval_prompt"))
            return ApprovalPrompt;
        break;
    case 17:
        if (name == QLatin1StringView("single_select_vin"))
            return SingleSelectVin;
        break;
    default:
        break;
    }
    return NotAField;
}

void assign(ConnectRequest &r, int field, const QString &value)
{
    switch (field) {
    case ClientId:
        r.clientId = value;
        break;
    case RedirectUri:
        r.redirectUri = value;
        break;
    case ResponseType:
        r.responseType = value;
        break;
    case VehicleId:
        r.vehicleId = value;
        break;
    case Scope:
        r.setScopeString(value);
        break;
    case State:
        r.state = value;
        break;
    case ApprovalPrompt:
        r.approvalPrompt = value;
        break;
    case Mode:
        r.mode = value;
        break;
    case Make:
        r.make = value;
        break;
    case SingleSelect:
        r.singleSelect = value;
        break;
    case SingleSelectVin:
        r.singleSelectVin = value;
        break;
    case Flags:
        r.setFlagsString(value);
        break;
    default:
        break;
    }
}

QString shortened(QStringView text)
{
    constexpr qsizetype Max = 40;
    if (text.size() <= Max)
        return text.toString();
    return text.left(Max).toString() + QStringLiteral("…");
}

} // namespace

QString UrlParser::decode(QStringView component, bool *bad)
{
    if (bad)
        *bad = false;
    bool needsWork = false;
    for (QChar c : component) {
        if (c == QLatin1Char('%') || c == QLatin1Char('+')) {
            needsWork = true;
            break;
        }
    }
    if (!needsWork)
        return component.toString();

    // Decode into bytes (a UTF-16 unit never needs more than 3 bytes), then read them as UTF-8.
    const qsizetype n = component.size();
    QVarLengthArray<char, 256> bytes(3 * n);
    char *out8 = bytes.data();
    bool badPercent = false;
    bool ascii = true;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = component[i].unicode();
        if (u == '%') {
            const int hi = i + 2 < n ? hexValue(component[i + 1].unicode()) : -1;
            const int lo = i + 2 < n ? hexValue(component[i + 2].unicode()) : -1;
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
        } else {
            // A raw non-ASCII run (someone pasted an unencoded link): re-encode it as UTF-8.
            qsizetype j = i;
            while (j < n && component[j].unicode() >= 0x80)
                ++j;
            const QByteArray utf8 = component.mid(i, j - i).toUtf8();
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
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        out = decoder.decode(decoded);
        if (decoder.hasError()) {
            // The escapes do not form UTF-8 text: keep the component as written rather than guess.
            badPercent = true;
            out = component.toString();
        }
    }
    if (bad)
        *bad = badPercent;
    return out;
}

ParseResult UrlParser::parse(const QString &input)
{
    ParseResult result;
    ConnectRequest &r = result.request;
    QStringView text = QStringView(input).trimmed();
    if (text.isEmpty()) {
        result.ok = false;
        result.diagnostics.append({QStringLiteral("url"), Severity::Error, QStringLiteral("empty-input"),
                                   QStringLiteral("The input is empty: paste a Connect link or its query "
                                                  "string.")});
        return result;
    }

    // The fragment is never part of the request.
    const qsizetype hash = text.indexOf(QLatin1Char('#'));
    if (hash >= 0)
        text = text.left(hash);

    QStringView query;
    bool isUrl = false;
    const qsizetype schemeLen = schemeLength(text);
    const qsizetype questionMark = text.indexOf(QLatin1Char('?'));
    if (schemeLen > 0) {
        isUrl = true;
        const QStringView head = questionMark >= 0 ? text.left(questionMark) : text;
        query = questionMark >= 0 ? text.mid(questionMark + 1) : QStringView();
        qsizetype pathStart = head.indexOf(QLatin1Char('/'), schemeLen);
        if (pathStart < 0)
            pathStart = head.size();
        r.baseUrl = head.left(pathStart).toString();
        QStringView path = head.mid(pathStart);
        if (path.size() > 1 && path.endsWith(QLatin1Char('/')))
            path.chop(1);
        if (path == QLatin1StringView("/oauth/authorize")) {
            r.endpoint = Endpoint::Authorize;
        } else if (path == QLatin1StringView("/oauth/reauthenticate")) {
            r.endpoint = Endpoint::Reauthenticate;
        } else {
            result.diagnostics.append(
                {QStringLiteral("url"), Severity::Warning, QStringLiteral("unknown-path"),
                 QStringLiteral("The path \"%1\" is not a Connect endpoint: use /oauth/authorize (or "
                                "/oauth/reauthenticate to re-authenticate a vehicle).")
                     .arg(shortened(path.isEmpty() ? QStringView(u"/") : path))});
        }
    } else if (questionMark >= 0) {
        // "/oauth/authorize?…", "?…" or any other head without a scheme: read the query after '?'.
        QStringView head = text.left(questionMark);
        query = text.mid(questionMark + 1);
        // "connect.smartcar.com/oauth/authorize?…" (scheme left off when copying): assume https.
        const bool reauth = head.endsWith(QLatin1StringView("/oauth/reauthenticate"));
        if (reauth || head.endsWith(QLatin1StringView("/oauth/authorize"))) {
            const QStringView host = head.chopped(reauth ? qsizetype(sizeof("/oauth/reauthenticate") - 1)
                                                         : qsizetype(sizeof("/oauth/authorize") - 1));
            if (!host.isEmpty() && !host.contains(QLatin1Char('/')))
                r.baseUrl = QStringLiteral("https://") + host;
            if (host.isEmpty() || !host.contains(QLatin1Char('/')))
                head = reauth ? QStringView(u"/oauth/reauthenticate") : QStringView(u"/oauth/authorize");
        }
        if (head == QLatin1StringView("/oauth/reauthenticate"))
            r.endpoint = Endpoint::Reauthenticate;
        else if (!head.isEmpty() && head != QLatin1StringView("/oauth/authorize"))
            result.diagnostics.append({QStringLiteral("url"), Severity::Warning,
                                       QStringLiteral("unknown-path"),
                                       QStringLiteral("\"%1\" is not a Connect link: it should start with "
                                                      "https://connect.smartcar.com/oauth/authorize.")
                                           .arg(shortened(head))});
    } else {
        query = text; // a bare query string
    }

    result.parameters.reserve(16);
    bool seen[FieldCount] = {};
    bool clientIdFromApplicationId = false;
    bool sawAssignment = false;
    qsizetype pos = 0;
    const qsizetype n = query.size();
    while (pos <= n) {
        qsizetype end = query.indexOf(QLatin1Char('&'), pos);
        if (end < 0)
            end = n;
        const QStringView segment = query.mid(pos, end - pos);
        pos = end + 1;
        if (segment.isEmpty())
            continue;
        const qsizetype eq = segment.indexOf(QLatin1Char('='));
        sawAssignment = sawAssignment || eq >= 0;
        bool badName = false;
        bool badValue = false;
        Parameter p;
        p.name = decode(eq >= 0 ? segment.left(eq) : segment, &badName);
        p.value = eq >= 0 ? decode(segment.mid(eq + 1), &badValue) : QString();
        if (badName || badValue) {
            result.diagnostics.append(
                {p.name, Severity::Warning, QStringLiteral("bad-percent-encoding"),
                 QStringLiteral("\"%1\" holds a '%' that is not followed by two hex digits (or escapes that "
                                "are not UTF-8); it was kept as written. Encode a literal '%' as %25.")
                     .arg(shortened(segment))});
        }
        result.parameters.append(p);

        const int field = fieldOf(p.name);
        if (field == NotAField) {
            if (p.name == QLatin1StringView("application_id") && !seen[ClientId] &&
                !clientIdFromApplicationId) {
                r.clientId = p.value;
                clientIdFromApplicationId = true;
            }
            r.extras.append(p);
        } else if (!seen[field]) {
            seen[field] = true;
            assign(r, field, p.value);
        } else {
            result.diagnostics.append(
                {p.name, Severity::Info, QStringLiteral("duplicate-kept"),
                 QStringLiteral("%1 appears more than once: the first value is used and the others are kept "
                                "as extra parameters. Remove the repeats.")
                     .arg(p.name)});
            r.extras.append(p);
        }
    }

    if (!isUrl && !r.isReauthentication() && r.responseType == QLatin1StringView("vehicle_id") &&
        !r.vehicleId.isEmpty() && questionMark < 0)
        r.endpoint = Endpoint::Reauthenticate;

    if (!isUrl && !sawAssignment) {
        result.ok = false;
        result.diagnostics.append({QStringLiteral("url"), Severity::Error, QStringLiteral("not-a-link"),
                                   QStringLiteral("This is neither a Connect link nor a query string: paste "
                                                  "a link like https://connect.smartcar.com/oauth/"
                                                  "authorize?client_id=…")});
    }
    return result;
}

} // namespace connectlab
