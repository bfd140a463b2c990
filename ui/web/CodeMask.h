#pragma once

#include <QString>

namespace connectlab::web {

// The authorization code is a secret for ten minutes: everything the Run tab shows (the address, the
// navigations, the callback) masks it until the user reveals it.
class CodeMask
{
public:
    // `url` with the value of every `code` parameter (query or fragment) replaced by dots.
    static QString mask(const QString &url);
    // What stands in for the code.
    static QString dots();
};

} // namespace connectlab::web
