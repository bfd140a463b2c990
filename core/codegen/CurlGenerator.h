#pragma once

#include "LanguageGenerator.h"

#include <QCoreApplication>

namespace connectlab {

// The token step with curl, for both of Smartcar's authentication models: the per-vehicle code exchange (v2:
// POST https://auth.smartcar.com/oauth/token, Basic auth, grant_type=authorization_code with the link's
// redirect_uri) and API Authentication's application token (v3: POST https://iam.smartcar.com/oauth2/token,
// grant_type=client_credentials with the API Client ID client_… and a secret). Secrets, the code and the API
// Client ID come from environment variables; the command fails with a message when one is not set.
class CurlGenerator : public LanguageGenerator
{
    Q_DECLARE_TR_FUNCTIONS(CurlGenerator)
public:
    CodeLanguage language() const override { return CodeLanguage::Curl; }
    GeneratedCode generate(const ConnectRequest &request, const CodeOptions &options) const override;

    static constexpr auto AuthTokenUrl = "https://auth.smartcar.com/oauth/token";
    static constexpr auto IamTokenUrl = "https://iam.smartcar.com/oauth2/token";
};

} // namespace connectlab
