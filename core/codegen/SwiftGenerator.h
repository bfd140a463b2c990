#pragma once

#include "LanguageGenerator.h"

#include <QCoreApplication>

namespace connectlab {

// iOS (Swift) with SmartcarAuth: smartcar.authUrlBuilder()….build() (or SCUrlBuilder directly), as
// smartcar/ios-sdk SmartcarAuth/SCUrlBuilder.swift (6.5.0) writes the link with URLComponents.
class SwiftGenerator : public LanguageGenerator
{
    Q_DECLARE_TR_FUNCTIONS(SwiftGenerator)
public:
    CodeLanguage language() const override { return CodeLanguage::Swift; }
    GeneratedCode generate(const ConnectRequest &request, const CodeOptions &options) const override;

    // How a value SCUrlBuilder hands to URLComponents reaches Connect: URLComponents leaves '+' raw in a
    // query value, and a server reads a raw '+' as a space.
    static QString asConnectReadsIt(const QString &value);
    // addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed), which SCUrlBuilder applies to the
    // redirect URI before URLComponents encodes the query again.
    static QString urlQueryAllowedEncoded(const QString &value);
};

} // namespace connectlab
