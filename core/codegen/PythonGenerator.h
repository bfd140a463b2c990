#pragma once

#include "LanguageGenerator.h"

#include <QCoreApplication>

namespace connectlab {

// Python with the `smartcar` package: smartcar.AuthClient(...).get_auth_url(scope, options), as
// smartcar/python-sdk smartcar/auth_client.py writes the link (Connect's origin from smartcar/config.py).
class PythonGenerator : public LanguageGenerator
{
    Q_DECLARE_TR_FUNCTIONS(PythonGenerator)
public:
    CodeLanguage language() const override { return CodeLanguage::Python; }
    GeneratedCode generate(const ConnectRequest &request, const CodeOptions &options) const override;
};

} // namespace connectlab
