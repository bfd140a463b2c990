#pragma once

#include <QString>

namespace connectlab::sandbox {

// Makes text from a request safe to show as one line of a log (the Sandbox tab, connectlab-sandbox's
// terminal): a control character cannot start a forged line or drive the terminal. Visible escapes:
//   \n \r \t, a backslash as \\, other C0 controls, DEL and C1 controls as \xHH (ESC is \x1B), and the
//   characters that break or reorder a line (U+2028, U+2029, bidirectional embeddings, overrides and
//   isolates) as \uHHHH.
// Everything else, non-ASCII letters included, is kept as is.
class LogEscape
{
public:
    static QString escape(QStringView text);
};

} // namespace connectlab::sandbox
