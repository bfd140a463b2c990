#include "ConnectRequest.h"

#include <algorithm>

namespace connectlab {

namespace {

const QLatin1StringView RequiredPrefix("required:");

// Splits on ASCII whitespace, dropping empty pieces.
template <typename F> void forEachToken(QStringView text, F &&f)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && text[i].isSpace())
            ++i;
        const qsizetype start = i;
        while (i < n && !text[i].isSpace())
            ++i;
        if (i > start)
            f(text.mid(start, i - start));
    }
}

qsizetype flagIndex(const QList<Flag> &flags, QLatin1StringView name)
{
    for (qsizetype i = 0; i < flags.size(); ++i) {
        if (flags[i].name == name)
            return i;
    }
    return -1;
}

void setFirstClassFlag(QList<Flag> &flags, QLatin1StringView name, const QString &value, qsizetype insertAt)
{
    const qsizetype at = flagIndex(flags, name);
    if (value.isEmpty()) {
        if (at >= 0)
            flags.removeAt(at);
        return;
    }
    if (at >= 0) {
        flags[at].value = value;
        flags[at].hasValue = true;
        return;
    }
    flags.insert(insertAt, Flag{QString(name), value, true});
}

} // namespace

QString Permission::token() const
{
    if (required)
        return RequiredPrefix % name;
    return name;
}

Permission Permission::fromToken(const QString &token)
{
    if (token.startsWith(RequiredPrefix))
        return Permission{token.mid(RequiredPrefix.size()), true};
    return Permission{token, false};
}

QString Flag::token() const
{
    if (hasValue)
        return name % QLatin1Char(':') % value;
    return name;
}

Flag Flag::fromToken(const QString &token)
{
    const qsizetype colon = token.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return Flag{token, QString(), false};
    return Flag{token.left(colon), token.mid(colon + 1), true};
}

QString ConnectRequest::country() const
{
    return flag(QStringLiteral("country"));
}

void ConnectRequest::setCountry(const QString &code)
{
    setFirstClassFlag(flags, QLatin1StringView("country"), code, 0);
}

QString ConnectRequest::flagUser() const
{
    return flag(QStringLiteral("user"));
}

void ConnectRequest::setFlagUser(const QString &user)
{
    const qsizetype countryAt = flagIndex(flags, QLatin1StringView("country"));
    setFirstClassFlag(flags, QLatin1StringView("user"), user, countryAt + 1);
}

QString ConnectRequest::accountSync() const
{
    return flag(QStringLiteral("account_sync"));
}

void ConnectRequest::setAccountSync(const QString &value)
{
    qsizetype after = 0;
    for (qsizetype i = 0; i < flags.size(); ++i)
        if (flags[i].name == u"country" || flags[i].name == u"user")
            after = i + 1;
    setFirstClassFlag(flags, QLatin1StringView("account_sync"), value, after);
}

QString ConnectRequest::extra(const QString &name) const
{
    for (const Parameter &p : extras)
        if (p.name == name)
            return p.value;
    return QString();
}

bool ConnectRequest::hasExtra(const QString &name) const
{
    return std::any_of(extras.cbegin(), extras.cend(),
                       [&name](const Parameter &p) { return p.name == name; });
}

void ConnectRequest::setExtra(const QString &name, const QString &value)
{
    if (value.isEmpty()) {
        extras.removeIf([&name](const Parameter &p) { return p.name == name; });
        return;
    }
    for (Parameter &p : extras) {
        if (p.name == name) {
            p.value = value;
            return;
        }
    }
    extras.append({name, value});
}

namespace {

qsizetype firstExternalId(const QList<Parameter> &extras)
{
    for (qsizetype i = 0; i < extras.size(); ++i)
        if (extras[i].name == u"external_id")
            return i;
    return -1;
}

} // namespace

QList<Parameter> ConnectRequest::otherExtras() const
{
    QList<Parameter> out = extras;
    const qsizetype at = firstExternalId(extras);
    if (at >= 0)
        out.removeAt(at);
    return out;
}

void ConnectRequest::setOtherExtras(const QList<Parameter> &others)
{
    const qsizetype at = firstExternalId(extras);
    QList<Parameter> next = others;
    if (at >= 0)
        next.insert(std::min(at, next.size()), extras[at]);
    extras = next;
}

QString ConnectRequest::flag(const QString &name) const
{
    for (const Flag &f : flags) {
        if (f.name == name)
            return f.value;
    }
    return QString();
}

namespace {

// The positions of the first country and the first user flag: those have fields of their own.
bool isFirstClass(const QList<Flag> &flags, qsizetype i)
{
    const QString &name = flags[i].name;
    if (name != u"country" && name != u"user" && name != u"account_sync")
        return false;
    for (qsizetype j = 0; j < i; ++j)
        if (flags[j].name == name)
            return false;
    return true;
}

} // namespace

QList<Flag> ConnectRequest::otherFlags() const
{
    QList<Flag> out;
    for (qsizetype i = 0; i < flags.size(); ++i)
        if (!isFirstClass(flags, i))
            out.append(flags[i]);
    return out;
}

void ConnectRequest::setOtherFlags(const QList<Flag> &others)
{
    QList<Flag> next;
    for (qsizetype i = 0; i < flags.size(); ++i)
        if (isFirstClass(flags, i))
            next.append(flags[i]);
    next.append(others);
    flags = next;
}

QString ConnectRequest::path() const
{
    return endpoint == Endpoint::Reauthenticate ? QStringLiteral("/oauth/reauthenticate")
                                                : QStringLiteral("/oauth/authorize");
}

void ConnectRequest::makeReauthentication(const QString &vehicleIdValue)
{
    endpoint = Endpoint::Reauthenticate;
    responseType = QStringLiteral("vehicle_id");
    vehicleId = vehicleIdValue;
}

QString ConnectRequest::scopeString() const
{
    QString out;
    for (const Permission &p : scope) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        if (p.required)
            out += RequiredPrefix;
        out += p.name;
    }
    return out;
}

void ConnectRequest::setScopeString(const QString &spaceSeparated)
{
    scope.clear();
    forEachToken(spaceSeparated,
                 [this](QStringView t) { scope.append(Permission::fromToken(t.toString())); });
}

QString ConnectRequest::flagsString() const
{
    QString out;
    for (const Flag &f : flags) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += f.name;
        if (f.hasValue)
            out += QLatin1Char(':') % f.value;
    }
    return out;
}

void ConnectRequest::setFlagsString(const QString &spaceSeparated)
{
    flags.clear();
    forEachToken(spaceSeparated, [this](QStringView t) { flags.append(Flag::fromToken(t.toString())); });
}

} // namespace connectlab
