#pragma once

#include "LanguageGenerator.h"

#include <QCoreApplication>

namespace connectlab {

// The link without an SDK, in JavaScript (browsers and Node): every parameter in Connect Lab's order, each
// value percent-encoded the way UrlBuilder does (RFC 3986 unreserved characters kept, a space as %20), so the
// program builds exactly Connect Lab's link, byte for byte.
class RawUrlGenerator : public LanguageGenerator
{
    Q_DECLARE_TR_FUNCTIONS(RawUrlGenerator)
public:
    CodeLanguage language() const override { return CodeLanguage::RawUrl; }
    GeneratedCode generate(const ConnectRequest &request, const CodeOptions &options) const override;
};

} // namespace connectlab
