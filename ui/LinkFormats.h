#pragma once

#include <QString>

namespace connectlab {

// The ways a link is shared as text.
class LinkFormats
{
public:
    static QString defaultLabel(); // "Connect your vehicle"
    // [label](url); the URL's parentheses and the label's brackets are escaped.
    static QString markdown(const QString &url, const QString &label = defaultLabel());
    // <a href="url">label</a>, HTML-escaped.
    static QString html(const QString &url, const QString &label = defaultLabel());
};

} // namespace connectlab
