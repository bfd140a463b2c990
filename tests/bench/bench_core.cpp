// Core benchmarks. BM_BuildUrl builds the same request as node/getauthurl-bench.js times the official
// Node SDK's getAuthUrl with, so the two figures compare directly.
#include "CodeGenerator.h"
#include "ConnectModel.h"
#include "LinkDiff.h"
#include "SyntaxLexer.h"
#include "UrlBuilder.h"
#include "UrlParser.h"
#include "Validator.h"

#include <benchmark/benchmark.h>

using namespace connectlab;

namespace {

// Five permissions (one required), state, force prompt, make, single-select VIN, country flag, simulated.
ConnectRequest fullRequest()
{
    ConnectRequest r;
    r.clientId = QStringLiteral("4cf82729-4275-46d9-9255-8437ba777151");
    r.redirectUri = QStringLiteral("https://example.com/callback");
    r.setScopeString(
        QStringLiteral("required:read_vehicle_info read_odometer read_location read_battery read_charge"));
    r.state = QStringLiteral("0123456789abcdef-state");
    r.approvalPrompt = QStringLiteral("force");
    r.mode = QStringLiteral("simulated");
    r.make = QStringLiteral("TESLA");
    r.singleSelect = QStringLiteral("true");
    r.singleSelectVin = QStringLiteral("5YJ3E1EA2KF317000");
    r.setCountry(QStringLiteral("DE"));
    return r;
}

void BM_BuildUrl(benchmark::State &state)
{
    const ConnectRequest r = fullRequest();
    for (auto _ : state) {
        QString url = UrlBuilder::build(r);
        benchmark::DoNotOptimize(url);
    }
}
BENCHMARK(BM_BuildUrl);

void BM_Validate(benchmark::State &state)
{
    const ConnectRequest r = fullRequest();
    const QString url = UrlBuilder::build(r);
    for (auto _ : state) {
        Diagnostics d = Validator::validate(r, url);
        benchmark::DoNotOptimize(d);
    }
}
BENCHMARK(BM_Validate);

// One field set on the model; every set is a real change, so the URL and diagnostics are recomputed.
void BM_ModelUpdate(benchmark::State &state)
{
    ConnectModel model;
    model.setRequest(fullRequest());
    const QString values[2] = {QStringLiteral("0123456789abcdef-state"),
                               QStringLiteral("fedcba9876543210-state")};
    int i = 0;
    for (auto _ : state) {
        model.setState(values[i]);
        i ^= 1;
        benchmark::DoNotOptimize(model.url());
    }
}
BENCHMARK(BM_ModelUpdate);

void BM_Parse(benchmark::State &state)
{
    const QString url = UrlBuilder::build(fullRequest());
    for (auto _ : state) {
        ParseResult p = UrlParser::parse(url);
        benchmark::DoNotOptimize(p);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * url.size());
}
BENCHMARK(BM_Parse);

void BM_Parse100KB(benchmark::State &state)
{
    QString garbage;
    while (garbage.size() < 100 * 1024)
        garbage += QStringLiteral("a=%zz&b+c=d%20e&&==%%");
    for (auto _ : state) {
        ParseResult p = UrlParser::parse(garbage);
        benchmark::DoNotOptimize(p);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * garbage.size());
}
BENCHMARK(BM_Parse100KB);

// The Code tab's work per keystroke (issue 13): the code for the request in one language (argument: the
// CodeLanguage), then its syntax spans; and two links compared.
void BM_CodeGeneration(benchmark::State &state)
{
    const auto language = CodeLanguage(state.range(0));
    ConnectRequest r = fullRequest();
    r.extras.append({QStringLiteral("external_id"), QStringLiteral("owner-42")});
    state.SetLabel(CodeLanguages::key(language).toStdString());
    for (auto _ : state) {
        GeneratedCode code = CodeGenerator::generate(language, r);
        benchmark::DoNotOptimize(code);
    }
}
BENCHMARK(BM_CodeGeneration)->DenseRange(int(CodeLanguage::Node), int(CodeLanguage::Curl));

void BM_CodeSyntax(benchmark::State &state)
{
    const auto language = CodeLanguage(state.range(0));
    const QString code = CodeGenerator::generate(language, fullRequest()).code;
    state.SetLabel(CodeLanguages::key(language).toStdString());
    for (auto _ : state) {
        QList<SyntaxSpan> spans = SyntaxLexer::tokenize(code, language);
        benchmark::DoNotOptimize(spans);
    }
}
BENCHMARK(BM_CodeSyntax)->Arg(int(CodeLanguage::Node))->Arg(int(CodeLanguage::Go));

void BM_LinkDiff(benchmark::State &state)
{
    ConnectRequest other = fullRequest();
    other.mode = QStringLiteral("live");
    other.setScopeString(
        QStringLiteral("read_odometer read_vehicle_info read_location read_battery read_charge"));
    const QString left = UrlBuilder::build(fullRequest());
    const QString right = UrlBuilder::build(other);
    for (auto _ : state) {
        LinkDiff diff = LinkDiff::compare(left, right);
        benchmark::DoNotOptimize(diff);
    }
}
BENCHMARK(BM_LinkDiff);

} // namespace

BENCHMARK_MAIN();
