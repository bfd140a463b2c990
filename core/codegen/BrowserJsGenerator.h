#pragma once

#include "LanguageGenerator.h"

#include <QCoreApplication>

namespace connectlab {

// Browser JavaScript with `@smartcar/auth`: new Smartcar({...}).getAuthUrl(options), as
// smartcar/javascript-sdk src/sdk.js (2.14.1) writes the link: application_id for client_id, state wrapped
// with the SDK's instance id.
class BrowserJsGenerator : public LanguageGenerator
{
    Q_DECLARE_TR_FUNCTIONS(BrowserJsGenerator)
public:
    CodeLanguage language() const override { return CodeLanguage::BrowserJs; }
    GeneratedCode generate(const ConnectRequest &request, const CodeOptions &options) const override;
};

} // namespace connectlab
