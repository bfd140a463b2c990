#include "UrlBuilder.h"

#include "QueryString.h"

#include <QVarLengthArray>

namespace connectlab {

namespace {

// The string member behind a single-valued field (not scope or flags): no copy on the hot path.
const QString &fieldRef(const ConnectRequest &r, ParameterId id)
{
    switch (id) {
    case ParameterId::ResponseType:
        return r.responseType;
    case ParameterId::ClientId:
        return r.clientId;
    case ParameterId::VehicleId:
        return r.vehicleId;
    case ParameterId::RedirectUri:
        return r.redirectUri;
    case ParameterId::State:
        return r.state;
    case ParameterId::ApprovalPrompt:
        return r.approvalPrompt;
    case ParameterId::Mode:
        return r.mode;
    case ParameterId::Make:
        return r.make;
    case ParameterId::SingleSelect:
        return r.singleSelect;
    case ParameterId::SingleSelectVin:
        return r.singleSelectVin;
    case ParameterId::Scope:
    case ParameterId::Flags:
        break;
    }
    Q_UNREACHABLE();
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
    void value(QStringView text) { p = QueryString::writeEncoded(p, text); }
};

// The link, in ParameterSpec's order (the order of the official back-end SDKs), extras last.
template <typename Sink> void emitLink(const ConnectRequest &r, Sink &sink)
{
    sink.verbatim(r.baseUrl);
    sink.literal(r.isReauthentication() ? QLatin1StringView("/oauth/reauthenticate?")
                                        : QLatin1StringView("/oauth/authorize?"));
    bool first = true;
    auto name = [&sink, &first](const ParameterSpec &spec) {
        if (!first)
            sink.literal(QLatin1StringView("&"));
        first = false;
        sink.literal(spec.name);
        sink.literal(QLatin1StringView("="));
    };
    for (const ParameterSpec &spec : ParameterSpec::all()) {
        switch (spec.id) {
        case ParameterId::Scope:
            if (!r.scope.isEmpty()) {
                name(spec);
                bool firstEntry = true;
                for (const Permission &p : r.scope) {
                    if (!firstEntry)
                        sink.literal(QLatin1StringView("%20"));
                    firstEntry = false;
                    if (p.required)
                        sink.literal(QLatin1StringView("required%3A"));
                    sink.value(p.name);
                }
            }
            break;
        case ParameterId::Flags:
            if (!r.flags.isEmpty()) {
                name(spec);
                bool firstEntry = true;
                for (const Flag &f : r.flags) {
                    if (!firstEntry)
                        sink.literal(QLatin1StringView("%20"));
                    firstEntry = false;
                    sink.value(f.name);
                    if (f.hasValue) {
                        sink.literal(QLatin1StringView("%3A"));
                        sink.value(f.value);
                    }
                }
            }
            break;
        default: {
            const QString &value = fieldRef(r, spec.id);
            if (spec.alwaysWritten || !value.isEmpty()) {
                name(spec);
                sink.value(value);
            }
            break;
        }
        }
    }
    for (const Parameter &e : r.extras) {
        sink.literal(first ? QLatin1StringView("") : QLatin1StringView("&"));
        first = false;
        sink.value(e.name);
        sink.literal(QLatin1StringView("="));
        sink.value(e.value);
    }
}

} // namespace

QList<Parameter> UrlBuilder::parameters(const ConnectRequest &r)
{
    QList<Parameter> out;
    out.reserve(ParameterCount + r.extras.size());
    for (const ParameterSpec &spec : ParameterSpec::all())
        if (ParameterSpec::isWritten(r, spec.id))
            out.append(Parameter{QString(spec.name), ParameterSpec::value(r, spec.id)});
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
