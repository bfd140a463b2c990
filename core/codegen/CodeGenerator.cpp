#include "CodeGenerator.h"

#include "BrowserJsGenerator.h"
#include "CurlGenerator.h"
#include "GoGenerator.h"
#include "JavaGenerator.h"
#include "KotlinGenerator.h"
#include "NodeGenerator.h"
#include "PythonGenerator.h"
#include "RawUrlGenerator.h"
#include "RubyGenerator.h"
#include "SwiftGenerator.h"

#include <memory>
#include <vector>

namespace connectlab {

const LanguageGenerator &CodeGenerator::generator(CodeLanguage language)
{
    static const std::vector<std::unique_ptr<LanguageGenerator>> generators = [] {
        std::vector<std::unique_ptr<LanguageGenerator>> list;
        list.push_back(std::make_unique<NodeGenerator>());
        list.push_back(std::make_unique<BrowserJsGenerator>());
        list.push_back(std::make_unique<PythonGenerator>());
        list.push_back(std::make_unique<JavaGenerator>());
        list.push_back(std::make_unique<RubyGenerator>());
        list.push_back(std::make_unique<GoGenerator>());
        list.push_back(std::make_unique<SwiftGenerator>());
        list.push_back(std::make_unique<KotlinGenerator>());
        list.push_back(std::make_unique<RawUrlGenerator>());
        list.push_back(std::make_unique<CurlGenerator>());
        return list;
    }();
    for (const auto &g : generators)
        if (g->language() == language)
            return *g;
    Q_UNREACHABLE();
}

GeneratedCode CodeGenerator::generate(CodeLanguage language, const ConnectRequest &request,
                                      const CodeOptions &options)
{
    return generator(language).generate(request, options);
}

} // namespace connectlab
