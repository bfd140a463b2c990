#pragma once

#include "LanguageGenerator.h"

#include <QCoreApplication>

namespace connectlab {

// Android (Kotlin) with com.smartcar.sdk:smartcar-auth: smartcarAuth.authUrlBuilder()….build(), as
// smartcar/android-sdk smartcar-auth/…/SmartcarAuth.kt (4.1.1) writes the link with android.net.Uri.
class KotlinGenerator : public LanguageGenerator
{
    Q_DECLARE_TR_FUNCTIONS(KotlinGenerator)
public:
    CodeLanguage language() const override { return CodeLanguage::Kotlin; }
    GeneratedCode generate(const ConnectRequest &request, const CodeOptions &options) const override;
};

} // namespace connectlab
