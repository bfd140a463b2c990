#pragma once

#include "ConnectRequest.h"

namespace connectlab {

// Builds the Connect link in ParameterSpec's order (the official back-end SDKs' order), the extras last in
// their own order, every value encoded by QueryString (reserved characters as %XX of UTF-8, a space as %20,
// never '+').
class UrlBuilder
{
public:
    static QString build(const ConnectRequest &request);
    // The decoded parameters in the order build() writes them.
    static QList<Parameter> parameters(const ConnectRequest &request);
};

} // namespace connectlab
