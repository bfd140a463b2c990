#pragma once

#include "CodeOptions.h"
#include "GeneratedCode.h"

namespace connectlab {

class LanguageGenerator;
struct ConnectRequest;

// From the link to the code: for a request, the code that makes the same link with each official Smartcar SDK
// (or by hand, or the token request with curl). One LanguageGenerator per language; this picks it.
class CodeGenerator
{
public:
    static GeneratedCode generate(CodeLanguage language, const ConnectRequest &request,
                                  const CodeOptions &options = {});
    static const LanguageGenerator &generator(CodeLanguage language);
};

} // namespace connectlab
