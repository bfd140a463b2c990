#include "UrlParser.h"

#include "ParameterSpec.h"
#include "QueryString.h"

#include <algorithm>

namespace connectlab {

namespace {

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

QString shortened(QStringView text)
{
    constexpr qsizetype Max = 40;
    if (text.size() <= Max)
        return text.toString();
    return text.left(Max).toString() + QStringLiteral("…");
}

} // namespace

ParseResult UrlParser::parse(const QString &input)
{
    ParseResult result;
    ConnectRequest &r = result.request;
    QStringView text = QStringView(input).trimmed();
    if (text.isEmpty()) {
        result.ok = false;
        result.diagnostics.append({QStringLiteral("url"), Severity::Error, QStringLiteral("empty-input"),
                                   tr("The input is empty: paste a Connect link or its query "
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
                 tr("The path \"%1\" is not a Connect endpoint: use /oauth/authorize (or "
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
                                       tr("\"%1\" is not a Connect link: it should start with "
                                          "https://connect.smartcar.com/oauth/authorize.")
                                           .arg(shortened(head))});
    } else {
        query = text; // a bare query string
    }

    result.parameters.reserve(16);
    bool seen[ParameterCount] = {};
    bool sawAssignment = false;
    const QList<QueryString::Item> items = QueryString::parse(query);
    for (const QueryString::Item &item : items) {
        sawAssignment = sawAssignment || item.hasValue;
        Parameter p{item.name, item.value};
        if (item.bad) {
            result.diagnostics.append(
                {p.name.isEmpty() ? QStringLiteral("url") : p.name, Severity::Warning,
                 QStringLiteral("bad-percent-encoding"),
                 tr("\"%1\" holds a '%' that is not followed by two hex digits (or escapes that "
                    "are not UTF-8); it was kept as written. Encode a literal '%' as %25.")
                     .arg(shortened(item.raw))});
        }
        result.parameters.append(p);

        const ParameterSpec *spec = ParameterSpec::find(p.name);
        if (!spec) {
            r.extras.append(p);
        } else if (!seen[size_t(spec->id)]) {
            // An empty value does not claim the field: a later repeat with a value fills it (the builder
            // writes no empty field, so this is also what a rebuilt link reads back).
            seen[size_t(spec->id)] = !p.value.isEmpty();
            ParameterSpec::assign(r, spec->id, p.value);
        } else {
            result.diagnostics.append(
                {p.name, Severity::Info, QStringLiteral("duplicate-kept"),
                 tr("%1 appears more than once: the first value is used and the others are kept "
                    "as extra parameters. Remove the repeats.")
                     .arg(p.name)});
            r.extras.append(p);
        }
    }

    // application_id is the client id's other name: the first one stands in when client_id is absent or
    // empty (the builder writes no empty client_id, so this is also what a rebuilt link reads back).
    if (r.clientId.isEmpty()) {
        for (const Parameter &extra : std::as_const(r.extras))
            if (extra.name == QLatin1StringView("application_id")) {
                r.clientId = extra.value;
                break;
            }
    }

    if (!isUrl && !r.isReauthentication() && r.responseType == QLatin1StringView("vehicle_id") &&
        !r.vehicleId.isEmpty() && questionMark < 0)
        r.endpoint = Endpoint::Reauthenticate;

    if (!isUrl && !sawAssignment) {
        result.ok = false;
        result.diagnostics.append({QStringLiteral("url"), Severity::Error, QStringLiteral("not-a-link"),
                                   tr("This is neither a Connect link nor a query string: paste "
                                      "a link like https://connect.smartcar.com/oauth/"
                                      "authorize?client_id=…")});
    }
    return result;
}

} // namespace connectlab
