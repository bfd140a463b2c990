#include "RawUrlGenerator.h"

#include "CodeLayout.h"
#include "ConnectRequest.h"
#include "ParameterSpec.h"
#include "StringLiteral.h"
#include "UrlBuilder.h"

namespace connectlab {

namespace {

QString js(const QString &value)
{
    return StringLiteral::javaScript(value);
}

} // namespace

GeneratedCode RawUrlGenerator::generate(const ConnectRequest &r, const CodeOptions &) const
{
    QStringList lines;
    lines << QStringLiteral(
                 "// The Connect link without an SDK (any browser or Node.js): each value percent-encoded "
                 "as RFC 3986 asks,")
          << QStringLiteral(
                 "// a space as %20, never '+'. The result is the link Connect Lab shows, byte for byte.")
          << QStringLiteral("const encode = (value) =>")
          << QStringLiteral("  encodeURIComponent(value).replace(/[!'()*]/g, (c) => '%' + "
                            "c.charCodeAt(0).toString(16).toUpperCase());")
          << QString() << QStringLiteral("const params = [");
    // The fields in ParameterSpec's order (as UrlBuilder writes them), the extras after them.
    for (const ParameterSpec &spec : ParameterSpec::all()) {
        if (!ParameterSpec::isWritten(r, spec.id))
            continue;
        QString value;
        if (spec.id == ParameterId::Scope || spec.id == ParameterId::Flags) {
            QStringList tokens;
            if (spec.id == ParameterId::Scope)
                for (const Permission &p : r.scope)
                    tokens.append(js(p.token()));
            else
                for (const Flag &f : r.flags)
                    tokens.append(js(f.token()));
            value = CodeLayout::list(tokens, QStringLiteral("["), QStringLiteral("]"), QStringLiteral("  "),
                                     6 + int(spec.name.size()) + 4, 2) +
                    QLatin1StringView(".join(' ')");
        } else {
            value = js(ParameterSpec::value(r, spec.id));
        }
        lines.append(QStringLiteral("  [") + js(QString(spec.name)) + QLatin1StringView(", ") + value +
                     QLatin1StringView("],"));
    }
    for (const Parameter &p : r.extras)
        lines.append(QStringLiteral("  [") + js(p.name) + QLatin1StringView(", ") + js(p.value) +
                     QLatin1StringView("],"));
    lines << QStringLiteral("];")
          << QStringLiteral("const authUrl = ") + js(r.baseUrl + r.path() + u'?') + QLatin1StringView(" +")
          << QStringLiteral("  params.map(([name, value]) => `${encode(name)}=${encode(value)}`).join('&');");

    GeneratedCode out;
    out.language = language();
    out.code = lines.join(u'\n') + u'\n';
    return out;
}

} // namespace connectlab
