// Linear time (issue 15): parse, validate and explain of a link with one huge value, at 256 KB, 1 MB and
// 2 MB, fitted to O(N) by Google Benchmark (the _BigO and _RMS rows). Two values from the issue: a `state`
// of %01 and a `single_select_vin` of %00 (explain in text mode was quadratic in both).
//   build/bin/connectlab-bench --benchmark_filter='Huge'
#include "LinkReport.h"
#include "TextOutput.h"
#include "UrlParser.h"
#include "Validator.h"

#include <benchmark/benchmark.h>

using namespace connectlab;

namespace {

// range(0): the decoded value's length; vin: single_select_vin=%00… rather than state=%01….
QString hugeLink(const benchmark::State &state, bool vin)
{
    const QString escape = vin ? QStringLiteral("%00") : QStringLiteral("%01");
    return QStringLiteral(
               "client_id=4cf82729-4275-46d9-9255-8437ba777151&redirect_uri=https://example.com/cb&") +
           (vin ? QStringLiteral("single_select_vin=") : QStringLiteral("state=")) +
           escape.repeated(state.range(0));
}

void label(benchmark::State &state)
{
    state.SetComplexityN(state.range(0));
    state.SetBytesProcessed(int64_t(state.iterations()) * state.range(0) * 3);
}

void BM_HugeValueParse(benchmark::State &state, bool vin)
{
    const QString link = hugeLink(state, vin);
    for (auto _ : state) {
        ParseResult p = UrlParser::parse(link);
        benchmark::DoNotOptimize(p);
    }
    label(state);
}

void BM_HugeValueValidate(benchmark::State &state, bool vin)
{
    const QString link = hugeLink(state, vin);
    const ParseResult p = UrlParser::parse(link);
    for (auto _ : state) {
        Diagnostics d = Validator::validate(p.request, link);
        benchmark::DoNotOptimize(d);
    }
    label(state);
}

// What `connectlab-cli explain` prints, from the report it reads (the reading is BM_HugeValueParse and
// BM_HugeValueValidate).
void BM_HugeValueExplain(benchmark::State &state, bool vin)
{
    LinkReport report;
    QString error;
    LinkReport::fromText(hugeLink(state, vin), &report, &error);
    for (auto _ : state) {
        QString text = TextOutput::explain(report);
        benchmark::DoNotOptimize(text);
    }
    label(state);
}

void sizes(benchmark::internal::Benchmark *b)
{
    for (int64_t size : {256 << 10, 1 << 20, 2 << 20})
        b->Arg(size);
    b->Unit(benchmark::kMillisecond)->Complexity(benchmark::oN);
}

} // namespace

BENCHMARK_CAPTURE(BM_HugeValueParse, state, false)->Apply(sizes);
BENCHMARK_CAPTURE(BM_HugeValueParse, single_select_vin, true)->Apply(sizes);
BENCHMARK_CAPTURE(BM_HugeValueValidate, state, false)->Apply(sizes);
BENCHMARK_CAPTURE(BM_HugeValueValidate, single_select_vin, true)->Apply(sizes);
BENCHMARK_CAPTURE(BM_HugeValueExplain, state, false)->Apply(sizes);
BENCHMARK_CAPTURE(BM_HugeValueExplain, single_select_vin, true)->Apply(sizes);
