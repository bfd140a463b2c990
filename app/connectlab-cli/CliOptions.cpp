#include "CliOptions.h"

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

} // namespace

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
            *error = QStringLiteral("unknown option '%1' (options are spelled --name)").arg(argument);
            return false;
        }
        const qsizetype equals = argument.indexOf(u'=');
        const QString name = argument.mid(2, equals < 0 ? -1 : equals - 2);
        const CliOption *option = findOption(accepted, name);
        if (!option) {
            *error = QStringLiteral("unknown option '--%1'").arg(name);
            return false;
        }
        QString value;
        if (option->takesValue()) {
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
            *error = QStringLiteral("option '--%1' takes no value").arg(name);
            return false;
        }
        if (result.m_values.contains(name) && !option->repeatable && option->takesValue()) {
            *error = QStringLiteral("option '--%1' given more than once; give it once").arg(name);
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
