#pragma once

#include <QStringList>

namespace connectlab {

// The command line as the user typed it. QCoreApplication::arguments() reads argv with a decoder that drops a
// leading U+FEFF, so `--state $'\xef\xbb\xbf'abc` arrived as "abc" (while --state=… kept it); a tool that
// inspects links must keep every character, so argv is decoded here without that.
class ProgramArguments
{
public:
    static QStringList decode(int argc, const char *const *argv);
};

} // namespace connectlab
