// The form decoder: core's QueryString and the sandbox's FormData, fed any bytes (as a request body) and any
// text (as a link's query). Beyond not crashing: what is decoded is encoded and decoded back unchanged, a
// good component never reports bad, and nothing is dropped (a leading U+FEFF included).
#include "FuzzSupport.h"

#include <FormData.h>
#include <QueryString.h>

using namespace connectlab;
using connectlab::sandbox::FormData;

CONNECTLAB_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    const QString text = fuzz::text(data, size);

    // Bytes: decoded pairs, encoded, decode to the same pairs.
    const FormData form = FormData::parse(body);
    const QByteArray encoded = form.toEncoded();
    FUZZ_CHECK(FormData::parse(encoded).pairs() == form.pairs(), QString::fromLatin1(encoded));
    for (const FormData::Pair &pair : form.pairs()) {
        FUZZ_CHECK(!pair.first.isEmpty(), QString::fromLatin1(body));
        FUZZ_CHECK(FormData::decodeComponent(FormData::encodeComponent(pair.second)) == pair.second,
                   pair.second);
    }
    FUZZ_CHECK(QueryString::parameters(QByteArrayView(body)).size() == form.pairs().size(), text);

    // Text: the same through QueryString.
    const QList<QueryString::Item> items = QueryString::parse(text);
    QList<Parameter> named;
    for (const QueryString::Item &item : items) {
        FUZZ_CHECK(!item.raw.isEmpty(), text);
        FUZZ_CHECK(item.hasValue || item.value.isEmpty(), text);
        bool bad = false;
        const QString name = QueryString::decode(item.raw.left(item.raw.indexOf(u'=')), &bad);
        if (!item.bad)
            FUZZ_CHECK(!bad && name == item.name, item.raw.toString());
        if (!item.name.isEmpty())
            named.append(Parameter{item.name, item.value});
    }
    FUZZ_CHECK(QueryString::parameters(text) == named, text);
    const QString reencoded = QueryString::encode(named);
    for (QChar c : reencoded) // only unreserved characters, '%', '=' and '&' in what the encoder writes
        FUZZ_CHECK(c.unicode() < 0x80 && c.unicode() > 0x20, reencoded);
    QList<Parameter> valid = named;
    bool allValid = true;
    for (const Parameter &p : named)
        allValid = allValid && p.name.isValidUtf16() && p.value.isValidUtf16();
    if (allValid)
        FUZZ_CHECK(QueryString::parameters(reencoded) == valid, reencoded);
    FUZZ_CHECK(QueryString::encodedLength(text) == QueryString::encode(text).size(), text);

    // One component: decode(encode(x)) == x for any valid text, a BOM or NUL first included.
    if (text.isValidUtf16()) {
        bool bad = true;
        FUZZ_CHECK(QueryString::decode(QueryString::encode(text), &bad) == text && !bad, text);
        const QString bom = QChar(0xFEFF) + text;
        FUZZ_CHECK(QueryString::decode(QueryString::encode(bom)) == bom, bom);
    }
    return 0;
}
