#pragma once

#include "CodeOptions.h"
#include "GeneratedCode.h"

namespace connectlab {

struct ConnectRequest;

// One language's code generator: the code that makes the request's link with that language's SDK.
class LanguageGenerator
{
public:
    virtual ~LanguageGenerator() = default;
    virtual CodeLanguage language() const = 0;
    virtual GeneratedCode generate(const ConnectRequest &request, const CodeOptions &options) const = 0;
};

} // namespace connectlab
