#include "LinkDiff.h"

#include "LinkImport.h"
#include "ParameterSpec.h"
#include "QueryString.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace connectlab {

namespace {

// One side, read for comparing.
struct Side
{
    QString origin;    // scheme://host[:port], lower-case, default port dropped; "" for a bare query string
    QString path;      // "" for a bare query string
    QStringList names; // first-seen order
    QHash<QString, QStringList> values;   // decoded, in order
    QHash<QString, QStringList> raw;      // the segments as written, per name
    bool applicationIdAsClientId = false; // application_id read as client_id (no client_id in the link)
};

QString normalizedOrigin(const QString &origin)
{
    QString out = origin.toLower();
    if (out.startsWith(u"https://") && out.endsWith(u":443"))
        out.chop(4);
    else if (out.startsWith(u"http://") && out.endsWith(u":80"))
        out.chop(3);
    return out;
}

// The path and query of the text as written (UrlParser already knows it is a link).
void splitText(QStringView text, bool hasOrigin, QStringView *path, QStringView *query)
{
    const qsizetype hash = text.indexOf(u'#');
    if (hash >= 0)
        text = text.left(hash);
    const qsizetype question = text.indexOf(u'?');
    QStringView head = question >= 0 ? text.left(question) : text;
    *query = question >= 0 ? text.mid(question + 1) : (hasOrigin ? QStringView() : text);
    if (question < 0 && !hasOrigin)
        head = QStringView();
    if (hasOrigin) {
        const qsizetype scheme = head.indexOf(QLatin1StringView("://"));
        const qsizetype slash = head.indexOf(u'/', scheme < 0 ? 0 : scheme + 3);
        head = slash < 0 ? QStringView(u"/") : head.mid(slash);
    } else {
        // "connect.smartcar.com/oauth/authorize?…" or "/oauth/authorize?…": from the first '/'.
        const qsizetype slash = head.indexOf(u'/');
        head = slash < 0 ? QStringView() : head.mid(slash);
    }
    if (head.size() > 1 && head.endsWith(u'/'))
        head.chop(1);
    *path = head;
}

Side read(const LinkImport &in)
{
    Side side;
    const bool hasOrigin = in.origin() != LinkImport::Origin::None;
    if (hasOrigin)
        side.origin = normalizedOrigin(in.originText());
    QStringView path;
    QStringView query;
    const QString text = in.input();
    splitText(text, hasOrigin, &path, &query);
    side.path = path.toString();
    for (const QueryString::Item &item : QueryString::parse(query)) {
        if (!side.values.contains(item.name))
            side.names.append(item.name);
        side.values[item.name].append(item.value);
        side.raw[item.name].append(item.raw.toString());
    }
    if (side.values.contains(QStringLiteral("application_id")) &&
        !side.values.contains(QStringLiteral("client_id"))) {
        side.applicationIdAsClientId = true;
        const qsizetype at = side.names.indexOf(QStringLiteral("application_id"));
        side.names[at] = QStringLiteral("client_id");
        side.values.insert(QStringLiteral("client_id"), side.values.take(QStringLiteral("application_id")));
        side.raw.insert(QStringLiteral("client_id"), side.raw.take(QStringLiteral("application_id")));
    }
    return side;
}

QString shortened(const QString &value)
{
    constexpr qsizetype Max = 60;
    if (value.isEmpty())
        return QStringLiteral("\"\"");
    return value.size() <= Max ? value : value.left(Max) + QStringLiteral("…");
}

QStringList tokens(const QString &value)
{
    return value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

} // namespace

LinkDiff LinkDiff::compare(const QString &left, const QString &right, const Options &options)
{
    return compare(LinkImport::read(left), LinkImport::read(right), options);
}

LinkDiff LinkDiff::compare(const LinkImport &leftIn, const LinkImport &rightIn, const Options &options)
{
    LinkDiff diff;
    if (!leftIn.isOk() || !rightIn.isOk()) {
        diff.m_error = !leftIn.isOk() ? tr("The left link cannot be read: %1").arg(leftIn.error())
                                      : tr("The right link cannot be read: %1").arg(rightIn.error());
        return diff;
    }
    const Side left = read(leftIn);
    const Side right = read(rightIn);
    const auto note = [&diff](const QString &sentence) {
        if (!diff.m_notes.contains(sentence))
            diff.m_notes.append(sentence);
    };
    const auto differ = [&diff](LinkDiffRow &row, const QString &parameter, const QString &code,
                                const QString &l, const QString &r, const QString &message) {
        diff.m_differences.append({parameter, code, l, r, message});
        row.messages.append(message);
    };

    // Where the links go.
    if (!left.origin.isEmpty() && !right.origin.isEmpty()) {
        LinkDiffRow row{QStringLiteral("origin"), {leftIn.originText()}, {rightIn.originText()}, {}, {}};
        if (left.origin != right.origin)
            differ(row, row.parameter, QStringLiteral("changed"), leftIn.originText(), rightIn.originText(),
                   tr("The links go to different servers: %1 on the left, %2 on the right.")
                       .arg(leftIn.originText(), rightIn.originText()));
        else if (leftIn.originText() != rightIn.originText())
            row.note = tr("The same origin, written differently.");
        diff.m_rows.append(row);
    } else if (left.origin != right.origin) {
        note(tr("One side is a bare query string: the origins are not compared."));
    }
    if (!left.path.isEmpty() && !right.path.isEmpty()) {
        LinkDiffRow row{QStringLiteral("endpoint"), {left.path}, {right.path}, {}, {}};
        if (left.path != right.path) {
            const bool reauth =
                left.path == u"/oauth/reauthenticate" || right.path == u"/oauth/reauthenticate";
            differ(row, row.parameter, QStringLiteral("changed"), left.path, right.path,
                   reauth ? tr("The left link goes to %1 and the right to %2: /oauth/reauthenticate renews a "
                               "connected vehicle's access, /oauth/authorize connects vehicles.")
                                .arg(left.path, right.path)
                          : tr("The left link goes to %1 and the right to %2.").arg(left.path, right.path));
        }
        diff.m_rows.append(row);
    }
    if (left.applicationIdAsClientId != right.applicationIdAsClientId)
        note(tr("One link names the application with application_id, the other with client_id: Connect reads "
                "both the same."));

    // Every name either side has: the fields in ParameterSpec's order, then the others as they come.
    QStringList names;
    for (const ParameterSpec &spec : ParameterSpec::all())
        if (left.values.contains(QString(spec.name)) || right.values.contains(QString(spec.name)))
            names.append(QString(spec.name));
    for (const Side *side : {&left, &right})
        for (const QString &name : side->names)
            if (!names.contains(name))
                names.append(name);

    bool encodingDiffers = false;
    for (const QString &name : std::as_const(names)) {
        const QStringList l = left.values.value(name);
        const QStringList r = right.values.value(name);
        LinkDiffRow row{name, l, r, {}, {}};
        const ParameterSpec *spec = ParameterSpec::find(name);
        if (l == r) {
            if (left.raw.value(name) != right.raw.value(name))
                encodingDiffers = true;
            diff.m_rows.append(row);
            continue;
        }
        // A left-out parameter with a Connect default is the same as that default spelled out.
        if (spec && spec->whenUnset == WhenUnset::ConnectDefault && (l.isEmpty() || r.isEmpty())) {
            const QStringList &given = l.isEmpty() ? r : l;
            if (given.size() == 1 && given.constFirst() == QLatin1StringView(spec->defaultValue)) {
                row.note =
                    (l.isEmpty()
                         ? tr("Left out on the left: Connect's default %1 applies, as the right says.")
                         : tr("Left out on the right: Connect's default %1 applies, as the left says."))
                        .arg(QLatin1StringView(spec->defaultValue));
                note(tr("%1 is left out on one side and spelled out with its default (%2) on the other: the "
                        "same "
                        "for Connect.")
                         .arg(name, QLatin1StringView(spec->defaultValue)));
                diff.m_rows.append(row);
                continue;
            }
        }
        const QString lv = l.join(QLatin1StringView(", "));
        const QString rv = r.join(QLatin1StringView(", "));
        if (l.isEmpty() || r.isEmpty()) {
            const bool onLeft = r.isEmpty();
            const QString value = shortened(onLeft ? lv : rv);
            QString message;
            const ParameterId id = spec ? spec->id : ParameterId::Flags;
            if (!spec)
                message = onLeft ? tr("%1 (%2) is only in the left link.").arg(name, value)
                                 : tr("%1 (%2) is only in the right link.").arg(name, value);
            else if (id == ParameterId::ClientId)
                message = onLeft ? tr("Only the left link names an application (client_id %1).").arg(value)
                                 : tr("Only the right link names an application (client_id %1).").arg(value);
            else if (id == ParameterId::RedirectUri)
                message =
                    onLeft
                        ? tr("Only the left link names a redirect URI (%1); the right one leaves it to the "
                             "Dashboard's default.")
                              .arg(value)
                        : tr("Only the right link names a redirect URI (%1); the left one leaves it to the "
                             "Dashboard's default.")
                              .arg(value);
            else if (id == ParameterId::Scope)
                message =
                    onLeft ? tr("Only the left link names a scope (%1); the right one leaves the permissions "
                                "to the Dashboard's Vehicle Access settings.")
                                 .arg(value)
                           : tr("Only the right link names a scope (%1); the left one leaves the permissions "
                                "to the Dashboard's Vehicle Access settings.")
                                 .arg(value);
            else if (id == ParameterId::State)
                message =
                    onLeft ? tr("Only the left link sends a state (%1): the right one's callback cannot be "
                                "checked against forgery.")
                                 .arg(value)
                           : tr("Only the right link sends a state (%1): the left one's callback cannot be "
                                "checked against forgery.")
                                 .arg(value);
            else if (id == ParameterId::Make)
                message = onLeft ? tr("Only the left link skips the brand selector (make %1).").arg(value)
                                 : tr("Only the right link skips the brand selector (make %1).").arg(value);
            else if (id == ParameterId::SingleSelectVin)
                message =
                    onLeft ? tr("Only the left link limits the user to the vehicle with VIN %1.").arg(value)
                           : tr("Only the right link limits the user to the vehicle with VIN %1.").arg(value);
            else if (id == ParameterId::VehicleId)
                message =
                    onLeft ? tr("Only the left link re-authenticates a vehicle (vehicle_id %1).").arg(value)
                           : tr("Only the right link re-authenticates a vehicle (vehicle_id %1).").arg(value);
            else if (id == ParameterId::Flags)
                message = onLeft ? tr("Only the left link sends flags (%1).").arg(value)
                                 : tr("Only the right link sends flags (%1).").arg(value);
            else if (spec->whenUnset == WhenUnset::ConnectDefault)
                message = onLeft
                              ? tr("%1 is %2 on the left; the right leaves it out, so Connect's default %3 "
                                   "applies.")
                                    .arg(name, value, QLatin1StringView(spec->defaultValue))
                              : tr("%1 is %2 on the right; the left leaves it out, so Connect's default %3 "
                                   "applies.")
                                    .arg(name, value, QLatin1StringView(spec->defaultValue));
            else
                message = onLeft ? tr("%1 (%2) is only in the left link.").arg(name, value)
                                 : tr("%1 (%2) is only in the right link.").arg(name, value);
            differ(row, name, onLeft ? QStringLiteral("only-left") : QStringLiteral("only-right"), lv, rv,
                   message);
            diff.m_rows.append(row);
            continue;
        }
        if (l.size() != r.size()) {
            differ(row, name, QStringLiteral("count-changed"), lv, rv,
                   tr("%1 appears %n time(s) on the left", nullptr, int(l.size())).arg(name) + u' ' +
                       tr("and %n time(s) on the right.", nullptr, int(r.size())));
            diff.m_rows.append(row);
            continue;
        }
        if (l.size() > 1) {
            differ(row, name, QStringLiteral("changed"), lv, rv,
                   tr("%1 is repeated with other values: %2 on the left, %3 on the right.")
                       .arg(name, shortened(lv), shortened(rv)));
            diff.m_rows.append(row);
            continue;
        }
        // Both sides have it, once (or as often): compare the first values by what they mean.
        const QString a = l.constFirst();
        const QString b = r.constFirst();
        if (spec && spec->id == ParameterId::Scope) {
            // name -> required, first occurrence; the order as written.
            struct Entry
            {
                QString name;
                bool required;
            };
            const auto entries = [](const QString &value) {
                QList<Entry> out;
                for (const QString &token : tokens(value)) {
                    const bool required = token.startsWith(QLatin1StringView("required:"));
                    out.append({required ? token.mid(9) : token, required});
                }
                return out;
            };
            const QList<Entry> le = entries(a);
            const QList<Entry> re = entries(b);
            QHash<QString, bool> lm;
            QHash<QString, bool> rm;
            for (const Entry &e : le)
                if (!lm.contains(e.name))
                    lm.insert(e.name, e.required);
            for (const Entry &e : re)
                if (!rm.contains(e.name))
                    rm.insert(e.name, e.required);
            QStringList seen;
            for (const QList<Entry> *list : {&le, &re}) {
                for (const Entry &e : *list) {
                    if (seen.contains(e.name))
                        continue;
                    seen.append(e.name);
                    const QString field = QStringLiteral("scope");
                    if (!rm.contains(e.name)) {
                        differ(row, field, QStringLiteral("entry-only-left"), e.name, QString(),
                               tr("Only the left link asks for %1.").arg(e.name));
                    } else if (!lm.contains(e.name)) {
                        differ(row, field, QStringLiteral("entry-only-right"), QString(), e.name,
                               tr("Only the right link asks for %1.").arg(e.name));
                    } else if (lm[e.name] != rm[e.name]) {
                        differ(row, field, QStringLiteral("required-changed"),
                               (lm[e.name] ? QStringLiteral("required:") : QString()) + e.name,
                               (rm[e.name] ? QStringLiteral("required:") : QString()) + e.name,
                               lm[e.name]
                                   ? tr("%1 is required on the left (the user cannot untick it) and optional "
                                        "on the right.")
                                         .arg(e.name)
                                   : tr("%1 is optional on the left and required on the right (the user "
                                        "cannot untick it).")
                                         .arg(e.name));
                    }
                }
            }
            if (row.messages.isEmpty()) {
                if (options.strictOrder && tokens(a) != tokens(b))
                    differ(row, QStringLiteral("scope"), QStringLiteral("order-changed"), a, b,
                           tr("The scope lists the same permissions in another order."));
                else {
                    row.note = tr("The same permissions, in another order or spacing.");
                    note(tr("The scope lists the same permissions in another order (ignored; --strict-order "
                            "counts "
                            "it)."));
                }
            }
            diff.m_rows.append(row);
            continue;
        }
        if (spec && spec->id == ParameterId::Flags) {
            const auto split = [](const QString &value) {
                QList<QPair<QString, QString>> out; // name, token
                for (const QString &token : tokens(value)) {
                    const qsizetype colon = token.indexOf(u':');
                    out.append({colon < 0 ? token : token.left(colon), token});
                }
                return out;
            };
            const auto lf = split(a);
            const auto rf = split(b);
            QHash<QString, QString> lm;
            QHash<QString, QString> rm;
            for (const auto &[flag, token] : lf)
                if (!lm.contains(flag))
                    lm.insert(flag, token);
            for (const auto &[flag, token] : rf)
                if (!rm.contains(flag))
                    rm.insert(flag, token);
            QStringList seen;
            for (const auto *list : {&lf, &rf}) {
                for (const auto &[flag, token] : *list) {
                    if (seen.contains(flag))
                        continue;
                    seen.append(flag);
                    const QString field = QStringLiteral("flags.") + flag;
                    if (!rm.contains(flag))
                        differ(row, field, QStringLiteral("entry-only-left"), token, QString(),
                               tr("Only the left link sends the flag %1.").arg(token));
                    else if (!lm.contains(flag))
                        differ(row, field, QStringLiteral("entry-only-right"), QString(), token,
                               tr("Only the right link sends the flag %1.").arg(token));
                    else if (lm[flag] != rm[flag])
                        differ(
                            row, field, QStringLiteral("changed"), lm[flag], rm[flag],
                            flag == u"country"
                                ? tr("The country flag is %1 on the left and %2 on the right: Connect shows "
                                     "another country's brands.")
                                      .arg(lm[flag].mid(8), rm[flag].mid(8))
                                : tr("The flag %1 is %2 on the left and %3 on the right.")
                                      .arg(flag, lm[flag], rm[flag]));
                }
            }
            if (row.messages.isEmpty()) {
                QStringList lt = tokens(a);
                QStringList rt = tokens(b);
                if (options.strictOrder && lt != rt) {
                    differ(row, QStringLiteral("flags"), QStringLiteral("order-changed"), a, b,
                           tr("The flags are the same, in another order."));
                } else if (lt.size() != rt.size()) {
                    differ(row, QStringLiteral("flags"), QStringLiteral("count-changed"), a, b,
                           tr("A flag is repeated on one side only."));
                } else {
                    row.note = tr("The same flags, in another order or spacing.");
                    note(tr("The flags are the same in another order (ignored; --strict-order counts it)."));
                }
            }
            diff.m_rows.append(row);
            continue;
        }
        const QString sa = shortened(a);
        const QString sb = shortened(b);
        QString message;
        const ParameterId id = spec ? spec->id : ParameterId::Flags;
        if (!spec)
            message = tr("%1 is %2 on the left and %3 on the right.").arg(name, sa, sb);
        else if (id == ParameterId::ClientId)
            message =
                tr("The links are for different applications: client_id %1 on the left, %2 on the right.")
                    .arg(sa, sb);
        else if (id == ParameterId::RedirectUri)
            message =
                tr("Connect sends the user back to %1 on the left and to %2 on the right; the token exchange "
                   "must send the redirect URI of its own link.")
                    .arg(sa, sb);
        else if (id == ParameterId::State)
            message =
                tr("The state differs (%1 and %2): a callback of one link fails the other's state check.")
                    .arg(sa, sb);
        else if (id == ParameterId::Mode)
            message = tr("The left link opens Connect in %1 mode, the right in %2 mode: they reach different "
                         "vehicles.")
                          .arg(sa, sb);
        else if (id == ParameterId::ApprovalPrompt)
            message =
                tr("approval_prompt is %1 on the left and %2 on the right: force shows the approval screen "
                   "every time.")
                    .arg(sa, sb);
        else if (id == ParameterId::ResponseType)
            message = tr("The left link asks for response_type %1, the right for %2.").arg(sa, sb);
        else if (id == ParameterId::VehicleId)
            message = tr("The links re-authenticate different vehicles (%1 and %2).").arg(sa, sb);
        else if (id == ParameterId::Make)
            message = tr("The left link skips the brand selector to %1, the right to %2.").arg(sa, sb);
        else if (id == ParameterId::SingleSelectVin)
            message = tr("The links limit the user to different vehicles (VIN %1 and %2).").arg(sa, sb);
        else
            message = tr("%1 is %2 on the left and %3 on the right.").arg(name, sa, sb);
        differ(row, name, QStringLiteral("changed"), lv, rv, message);
        diff.m_rows.append(row);
    }

    if (encodingDiffers)
        note(tr("Some values are encoded differently ('+' or %20 for a space, raw or encoded ':' and '/'): "
                "the same "
                "once decoded."));
    QStringList leftOrder = left.names;
    QStringList rightOrder = right.names;
    if (leftOrder != rightOrder) {
        QStringList a = leftOrder;
        QStringList b = rightOrder;
        a.sort();
        b.sort();
        if (a == b)
            note(tr("The parameters come in another order: Connect does not care."));
    }
    return diff;
}

} // namespace connectlab
