#include "JsonOutput.h"

namespace connectlab {

QString JsonOutput::quote(const QString &text)
{
    static constexpr char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    const auto escapeUnit = [&out](char16_t unit) {
        out += QLatin1StringView("\\u");
        for (int shift = 12; shift >= 0; shift -= 4)
            out += QLatin1Char(hex[(unit >> shift) & 0xf]);
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        switch (c) {
        case u'"':
            out += QLatin1StringView("\\\"");
            break;
        case u'\\':
            out += QLatin1StringView("\\\\");
            break;
        case u'\n':
            out += QLatin1StringView("\\n");
            break;
        case u'\r':
            out += QLatin1StringView("\\r");
            break;
        case u'\t':
            out += QLatin1StringView("\\t");
            break;
        case u'\b':
            out += QLatin1StringView("\\b");
            break;
        case u'\f':
            out += QLatin1StringView("\\f");
            break;
        default:
            if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029) {
                escapeUnit(c);
            } else if (c >= 0x80 && !QChar::isSurrogate(c) &&
                       QChar::category(char32_t(c)) == QChar::Other_Format) {
                // Invisible (U+FEFF, zero-width, bidi marks): escaped, so a reader sees it and none drops it
                // (Qt's JSON reader skips a raw U+FEFF at the start of a string).
                escapeUnit(c);
            } else if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                out += QChar(c);
                out += text.at(++i);
            } else if (QChar::isSurrogate(c)) {
                escapeUnit(c); // a lone surrogate cannot be written as UTF-8
            } else {
                out += QChar(c);
            }
        }
    }
    out += u'"';
    return out;
}

QString JsonOutput::linkReport(const LinkReport &report)
{
    QString out;
    out.reserve(report.url.size() * 3 + 256);
    out += QLatin1StringView("{\"url\": ");
    out += quote(report.url);
    out += QLatin1StringView(", \"valid\": ");
    out += report.isValid() ? QLatin1StringView("true") : QLatin1StringView("false");
    out += QLatin1StringView(", \"params\": [");
    for (qsizetype i = 0; i < report.parameters.size(); ++i) {
        const Parameter &parameter = report.parameters.at(i);
        if (i > 0)
            out += QLatin1StringView(", ");
        out += QLatin1StringView("{\"name\": ");
        out += quote(parameter.name);
        out += QLatin1StringView(", \"value\": ");
        out += quote(parameter.value);
        out += u'}';
    }
    out += QLatin1StringView("], \"diagnostics\": [");
    for (qsizetype i = 0; i < report.diagnostics.size(); ++i) {
        const Diagnostic &diagnostic = report.diagnostics.at(i);
        if (i > 0)
            out += QLatin1StringView(", ");
        out += QLatin1StringView("{\"field\": ");
        out += quote(diagnostic.field);
        out += QLatin1StringView(", \"severity\": ");
        out += quote(severityName(diagnostic.severity));
        out += QLatin1StringView(", \"code\": ");
        out += quote(diagnostic.code);
        out += QLatin1StringView(", \"message\": ");
        out += quote(diagnostic.message);
        out += u'}';
    }
    out += QLatin1StringView("]}");
    return out;
}

QString JsonOutput::singleValue(const QString &name, const QString &value)
{
    return QLatin1StringView("{") + quote(name) + QLatin1StringView(": ") + quote(value) +
           QLatin1StringView("}");
}

} // namespace connectlab
