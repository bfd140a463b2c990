#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace connectlab {

// One option a subcommand accepts: a switch (--json) or an option with a value (--state VALUE).
struct CliOption
{
    QString name;      // without the leading "--"
    QString valueName; // shown in help ("ID", "URL"); empty for a switch
    QString help;      // one sentence
    bool repeatable = false;
    // A boolean (--single-select): given bare it means "true"; "--name true", "--name false" and
    // "--name=VALUE" give the value. valueName is then "true|false".
    bool boolean = false;

    bool takesValue() const { return !valueName.isEmpty(); }
    // How --help, the man page and error messages write it: "--state STATE", "--single-select[=true|false]".
    QString syntax() const;
};

// Options shown together under a heading in a subcommand's --help.
struct CliOptionGroup
{
    QString title;
    QList<CliOption> options;
};

// The command line of one subcommand, parsed: option values by name and the positional arguments.
//
// Accepted forms: "--name VALUE" (the next argument is the value even if it starts with '-', unless it
// is one of the command's own options: then the value was forgotten), "--name=VALUE", a boolean bare
// ("--single-select", or followed by true or false), "--" (everything after it is positional) and a lone
// "-" (a positional meaning stdin). Unknown options, missing values, a value given to a switch and a
// non-repeatable option given twice with a value are usage errors; a switch given twice is the same as
// once. Every error names the option and says how to write it.
class CliOptions
{
public:
    static bool parse(const QStringList &arguments, const QList<CliOptionGroup> &accepted, CliOptions *out,
                      QString *error);
    // True when "-h" or "--help" appears before any "--".
    static bool wantsHelp(const QStringList &arguments);

    bool isSet(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const; // the last value, or "" when not set
    QStringList values(const QString &name) const { return m_values.value(name); }
    const QStringList &positionals() const { return m_positionals; }
    const QStringList &givenNames() const { return m_order; } // options given, first-seen order

private:
    QHash<QString, QStringList> m_values;
    QStringList m_order;
    QStringList m_positionals;
};

} // namespace connectlab
