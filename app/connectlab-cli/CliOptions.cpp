#include "CliOptions.h"

#include <NameSuggester.h>

namespace connectlab {

namespace {

const CliOption *findOption(const QList<CliOptionGroup> &groups, QStringView name)
{
    for (const CliOptionGroup &group : groups) {
        for (const CliOption &option : group.options) {
            if (option.name == name)
                return &option;
        }
    }
    return nullptr;
}

// "--name" or "--name=…" for an option the command accepts: taken as a forgotten value, not as one.
bool isOptionOf(const QList<CliOptionGroup> &groups, const QString &argument)
{
    if (!argument.startsWith(u"--") || argument.size() == 2)
        return false;
    const qsizetype equals = argument.indexOf(u'=');
    return findOption(groups, QStringView(argument).mid(2, equals < 0 ? -1 : equals - 2)) != nullptr;
}

// "unknown option '--colour'; did you mean --color?" or "… (this command's options: --json, --state)".
QString unknownOption(const QList<CliOptionGroup> &groups, const QString &name)
{
    QStringList names;
    for (const CliOptionGroup &group : groups) {
        for (const CliOption &option : group.options)
            names.append(option.name);
    }
    const QString nearest = NameSuggester::nearest(name, names);
    if (!nearest.isEmpty())
        return QStringLiteral("unknown option '--%1'; did you mean --%2?").arg(name, nearest);
    if (names.isEmpty())
        return QStringLiteral("unknown option '--%1'; this command takes no options").arg(name);
    if (names.size() <= 6)
        return QStringLiteral("unknown option '--%1'; this command takes --%2")
            .arg(name, names.join(QLatin1StringView(", --")));
    return QStringLiteral("unknown option '--%1'; see --help for this command's options").arg(name);
}

bool isBooleanWord(const QString &argument)
{
    return argument == u"true" || argument == u"false";
}

} // namespace

QString CliOption::syntax() const
{
    if (boolean)
        return QStringLiteral("--%1[=%2]").arg(name, valueName);
    return takesValue() ? QStringLiteral("--%1 %2").arg(name, valueName) : QStringLiteral("--%1").arg(name);
}

bool CliOptions::wantsHelp(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == u"--")
            return false;
        if (argument == u"-h" || argument == u"--help")
            return true;
    }
    return false;
}

QString CliOptions::value(const QString &name) const
{
    const auto it = m_values.constFind(name);
    return it == m_values.constEnd() || it->isEmpty() ? QString() : it->constLast();
}

bool CliOptions::parse(const QStringList &arguments, const QList<CliOptionGroup> &accepted, CliOptions *out,
                       QString *error)
{
    CliOptions result;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (optionsEnded || argument == u"-" || !argument.startsWith(u'-')) {
            result.m_positionals.append(argument);
            continue;
        }
        if (argument == u"--") {
            optionsEnded = true;
            continue;
        }
        if (!argument.startsWith(u"--")) {
            *error =
                QStringLiteral("unknown option '%1'; options are spelled --name (see --help)").arg(argument);
            return false;
        }
        const qsizetype equals = argument.indexOf(u'=');
        const QString name = argument.mid(2, equals < 0 ? -1 : equals - 2);
        const CliOption *option = findOption(accepted, name);
        if (!option) {
            *error = unknownOption(accepted, name);
            return false;
        }
        QString value;
        if (option->boolean) {
            if (equals >= 0)
                value = argument.mid(equals + 1);
            else if (i + 1 < arguments.size() && isBooleanWord(arguments.at(i + 1)))
                value = arguments.at(++i);
            else
                value = QStringLiteral("true");
        } else if (option->takesValue()) {
            if (equals >= 0) {
                value = argument.mid(equals + 1);
            } else if (i + 1 < arguments.size() && !isOptionOf(accepted, arguments.at(i + 1))) {
                value = arguments.at(++i);
            } else {
                *error = QStringLiteral("option '--%1' needs a value: --%1 %2 (write --%1=VALUE for a value "
                                        "that starts with --)")
                             .arg(name, option->valueName);
                return false;
            }
        } else if (equals >= 0) {
            *error = QStringLiteral("option '--%1' takes no value; write --%1 alone").arg(name);
            return false;
        }
        if (result.m_values.contains(name) && !option->repeatable && option->takesValue()) {
            *error = QStringLiteral("option '--%1' given more than once; give it once (%2)")
                         .arg(name, option->syntax());
            return false;
        }
        if (!result.m_values.contains(name))
            result.m_order.append(name);
        result.m_values[name].append(value);
    }
    *out = std::move(result);
    return true;
}

} // namespace connectlab
