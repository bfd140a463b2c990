#pragma once

#include "LanguageGenerator.h"

#include <QCoreApplication>

namespace connectlab {

// Go with github.com/smartcar/go-sdk:
// client.NewAuth(&smartcar.AuthParams{…}).GetAuthURL(&smartcar.AuthURLParams{…}), as smartcar/go-sdk
// authentication.go writes the link (net/url, sorted by name, '+' for a space).
class GoGenerator : public LanguageGenerator
{
    Q_DECLARE_TR_FUNCTIONS(GoGenerator)
public:
    CodeLanguage language() const override { return CodeLanguage::Go; }
    GeneratedCode generate(const ConnectRequest &request, const CodeOptions &options) const override;
};

} // namespace connectlab
