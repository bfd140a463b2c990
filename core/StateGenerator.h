#pragma once

#include <QString>

namespace connectlab {

class StateGenerator
{
public:
    // bytes (>= 16, i.e. 128 bits) from the system CSPRNG, base64url without padding.
    static QString generate(int bytes = 24);
};

} // namespace connectlab
