#include "LinkImport.h"

#include "Catalog.h"
#include "ConnectLabLink.h"
#include "Validator.h"

#include <QSet>
#include <QUrl>

#include <algorithm>

namespace connectlab {

namespace {

QString shortened(const QString &text)
{
    constexpr qsizetype Max = 80;
    return text.size() <= Max ? text : text.left(Max) + QStringLiteral("…");
}

} // namespace

Diagnostics LinkImport::ordered(const Diagnostics &diagnostics)
{
    Diagnostics result;
    result.reserve(diagnostics.size());
    QSet<QString> seen;
    for (const Diagnostic &d : diagnostics) {
        const QString key =
            d.field + u'\n' + d.code + u'\n' + d.message + u'\n' + QString::number(int(d.severity));
        if (!seen.contains(key)) {
            seen.insert(key);
            result.append(d);
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return int(a.severity) > int(b.severity);
    });
    return result;
}

LinkImport LinkImport::read(const QString &text)
{
    LinkImport in;
    in.m_input = text.trimmed();
    if (in.m_input.isEmpty()) {
        in.m_error = tr("The text is empty: copy a Connect link (or its query string) and try again.");
        return in;
    }
    // connectlab://open?url=… (from the desktop, or a "Copy as Connect Lab link") carries the link itself.
    if (ConnectLabLink::isConnectLabLink(in.m_input)) {
        const ConnectLabLink::Parsed carried = ConnectLabLink::parse(in.m_input);
        if (!carried.ok) {
            in.m_error = carried.error;
            return in;
        }
        return read(carried.link); // never a connectlab: link again: parse() refuses nesting
    }
    in.m_parsed = UrlParser::parse(in.m_input);
    const bool anyConnectParameter =
        std::any_of(in.m_parsed.parameters.cbegin(), in.m_parsed.parameters.cend(),
                    [](const Parameter &p) { return Catalog::instance().parameter(p.name) != nullptr; });
    if (!in.m_parsed.ok || !anyConnectParameter) {
        in.m_error =
            tr("That is not a Connect link: there are no Connect parameters in “%1”. A Connect link "
               "looks like https://connect.smartcar.com/oauth/authorize?response_type=code&client_id=…")
                .arg(shortened(in.m_input));
        return in;
    }
    in.m_ok = true;

    const QUrl url(in.m_input);
    if (url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty()) {
        in.m_originText = url.scheme() + QStringLiteral("://") + url.host();
        if (url.port() >= 0)
            in.m_originText += u':' + QString::number(url.port());
        if (in.m_originText == QLatin1StringView(ConnectRequest::DefaultBaseUrl))
            in.m_origin = Origin::SmartcarConnect;
        else if (url.host() == u"127.0.0.1" || url.host() == u"localhost")
            in.m_origin = Origin::Loopback;
        else
            in.m_origin = Origin::Other;
    }

    const Diagnostics checked = Validator::validate(in.m_parsed.request);
    // The validator says more about a repeated parameter than the parser's "kept" note: keep its word.
    Diagnostics notes = in.m_parsed.diagnostics;
    notes.removeIf([&checked](const Diagnostic &note) {
        return note.code == u"duplicate-kept" &&
               std::any_of(checked.cbegin(), checked.cend(), [&note](const Diagnostic &d) {
                   return d.field == note.field && d.code.startsWith(u"duplicate-");
               });
    });
    in.m_diagnostics = ordered(notes + checked);
    return in;
}

} // namespace connectlab
