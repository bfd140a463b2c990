#pragma once

#include <QString>

namespace connectlab::sandbox {

// Escapes text for HTML element content and double- or single-quoted attribute values.
class HtmlEscape
{
public:
    static QString escape(QStringView text);
};

} // namespace connectlab::sandbox
