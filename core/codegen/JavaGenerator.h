#pragma once

#include "LanguageGenerator.h"

#include <QCoreApplication>

namespace connectlab {

// Java with com.smartcar.sdk:java-sdk: client.authUrlBuilder(scope)….build(), as smartcar/java-sdk
// src/main/java/com/smartcar/sdk/AuthClient.java (4.8.1) writes the link with okhttp3's HttpUrl.
class JavaGenerator : public LanguageGenerator
{
    Q_DECLARE_TR_FUNCTIONS(JavaGenerator)
public:
    CodeLanguage language() const override { return CodeLanguage::Java; }
    GeneratedCode generate(const ConnectRequest &request, const CodeOptions &options) const override;
};

} // namespace connectlab
