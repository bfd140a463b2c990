#pragma once

#include <QString>

namespace connectlab {

struct CliCommand;
class CliIo;
class CliOptions;

// connectlab-cli's man page and bash completion, written from its command table (CliCommands::table()),
// so neither can drift from what the tool accepts. The build runs `connectlab-cli completion bash` and
// `connectlab-cli --man` and installs what they print.
class CliDocs
{
public:
    static QString manPage();        // troff, for man(1)
    static QString bashCompletion(); // a script for bash-completion's completions/ folder

    // The "completion" subcommand: prints bashCompletion().
    static int completion(const CliCommand &command, const CliOptions &options, CliIo &io);

    // Text made safe for troff: backslashes, a leading '.' or '\'', '-' as \-, non-ASCII as \[uXXXX].
    static QString troff(const QString &text);
};

} // namespace connectlab
