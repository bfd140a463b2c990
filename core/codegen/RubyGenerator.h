#pragma once

#include "LanguageGenerator.h"

#include <QCoreApplication>

namespace connectlab {

// Ruby with the `smartcar` gem: Smartcar::AuthClient.new(...).get_auth_url(scope, options), as
// smartcar/ruby-sdk lib/smartcar/auth_client.rb (3.9.5) writes the link through the oauth2 gem.
class RubyGenerator : public LanguageGenerator
{
    Q_DECLARE_TR_FUNCTIONS(RubyGenerator)
public:
    CodeLanguage language() const override { return CodeLanguage::Ruby; }
    GeneratedCode generate(const ConnectRequest &request, const CodeOptions &options) const override;
};

} // namespace connectlab
