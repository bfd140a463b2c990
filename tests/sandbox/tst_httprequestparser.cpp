// HttpRequestParser against RFC 9112: good and bad heads, line endings, folded headers, huge values, NULs,
// framing (Content-Length, chunked, both), Expect, Host, versions and pipelining. Every table row is parsed
// twice, all at once and one byte at a time, and must come out the same.
#include "http/HttpRequestParser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace connectlab::sandbox;

namespace {

struct Outcome
{
    HttpRequestParser::State state;
    int status = 0;
    HttpRequest request;
};

Outcome parseAtOnce(const QByteArray &input, const HttpLimits &limits = {})
{
    HttpRequestParser parser(limits);
    parser.feed(input);
    Outcome o{parser.state(), parser.errorStatus(), {}};
    if (o.state == HttpRequestParser::State::Complete)
        o.request = parser.takeRequest();
    return o;
}

Outcome parseByteByByte(const QByteArray &input, const HttpLimits &limits = {})
{
    HttpRequestParser parser(limits);
    for (char c : input) {
        if (parser.feed(QByteArrayView(&c, 1)) != HttpRequestParser::State::Head &&
            parser.state() != HttpRequestParser::State::Body)
            break;
    }
    Outcome o{parser.state(), parser.errorStatus(), {}};
    if (o.state == HttpRequestParser::State::Complete)
        o.request = parser.takeRequest();
    return o;
}

QByteArray get(const QByteArray &extraFields = {})
{
    return "GET /x HTTP/1.1\r\nHost: sandbox\r\n" + extraFields + "\r\n";
}

QByteArray post(const QByteArray &fields, const QByteArray &body = {})
{
    return "POST /oauth/token HTTP/1.1\r\nHost: sandbox\r\n" + fields + "\r\n" + body;
}

} // namespace

class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodRequests_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<int>("minor");
        QTest::addColumn<QByteArray>("body");

        QTest::newRow("origin-form")
            << QByteArray(
                   "GET /oauth/authorize?client_id=a&scope=read_vin HTTP/1.1\r\nHost: 127.0.0.1:8\r\n\r\n")
            << QByteArray("GET") << QByteArray("/oauth/authorize") << QByteArray("client_id=a&scope=read_vin")
            << QByteArray("127.0.0.1:8") << 1 << QByteArray();
        QTest::newRow("empty query") << QByteArray("GET /a? HTTP/1.1\r\nHost: h\r\n\r\n") << QByteArray("GET")
                                     << QByteArray("/a") << QByteArray() << QByteArray("h") << 1
                                     << QByteArray();
        QTest::newRow("percent-encoded path kept")
            << QByteArray("GET /v2.0/vehicles/a%2Fb HTTP/1.1\r\nHost: h\r\n\r\n") << QByteArray("GET")
            << QByteArray("/v2.0/vehicles/a%2Fb") << QByteArray() << QByteArray("h") << 1 << QByteArray();
        QTest::newRow("HTTP/1.0 without Host")
            << QByteArray("GET / HTTP/1.0\r\n\r\n") << QByteArray("GET") << QByteArray("/") << QByteArray()
            << QByteArray() << 0 << QByteArray();
        QTest::newRow("HTTP/1.2 read as 1.1")
            << QByteArray("GET / HTTP/1.2\r\nHost: h\r\n\r\n") << QByteArray("GET") << QByteArray("/")
            << QByteArray() << QByteArray("h") << 1 << QByteArray();
        QTest::newRow("bare LF line ends")
            << QByteArray("GET /lf HTTP/1.1\nHost: h\n\n") << QByteArray("GET") << QByteArray("/lf")
            << QByteArray() << QByteArray("h") << 1 << QByteArray();
        QTest::newRow("mixed line ends")
            << QByteArray("GET /m HTTP/1.1\r\nHost: h\nX: y\r\n\n") << QByteArray("GET") << QByteArray("/m")
            << QByteArray() << QByteArray("h") << 1 << QByteArray();
        QTest::newRow("empty lines before the request line")
            << QByteArray("\r\n\r\n\nGET /e HTTP/1.1\r\nHost: h\r\n\r\n") << QByteArray("GET")
            << QByteArray("/e") << QByteArray() << QByteArray("h") << 1 << QByteArray();
        QTest::newRow("absolute-form: the target's authority wins")
            << QByteArray("GET http://127.0.0.1:9/oauth/token?a=1 HTTP/1.1\r\nHost: other\r\n\r\n")
            << QByteArray("GET") << QByteArray("/oauth/token") << QByteArray("a=1")
            << QByteArray("127.0.0.1:9") << 1 << QByteArray();
        QTest::newRow("absolute-form without path")
            << QByteArray("GET HTTPS://h:1 HTTP/1.1\r\nHost: h:1\r\n\r\n") << QByteArray("GET")
            << QByteArray("/") << QByteArray() << QByteArray("h:1") << 1 << QByteArray();
        QTest::newRow("OPTIONS *") << QByteArray("OPTIONS * HTTP/1.1\r\nHost: h\r\n\r\n")
                                   << QByteArray("OPTIONS") << QByteArray("*") << QByteArray()
                                   << QByteArray("h") << 1 << QByteArray();
        QTest::newRow("empty Host") << QByteArray("GET / HTTP/1.1\r\nHost:\r\n\r\n") << QByteArray("GET")
                                    << QByteArray("/") << QByteArray() << QByteArray() << 1 << QByteArray();
        QTest::newRow("IPv6 Host") << QByteArray("GET / HTTP/1.1\r\nHost: [::1]:80\r\n\r\n")
                                   << QByteArray("GET") << QByteArray("/") << QByteArray()
                                   << QByteArray("[::1]:80") << 1 << QByteArray();
        QTest::newRow("extension method")
            << QByteArray("BREW /pot HTTP/1.1\r\nHost: h\r\n\r\n") << QByteArray("BREW") << QByteArray("/pot")
            << QByteArray() << QByteArray("h") << 1 << QByteArray();
        QTest::newRow("Content-Length body")
            << post("Content-Length: 11\r\n", "grant_type=") << QByteArray("POST")
            << QByteArray("/oauth/token") << QByteArray() << QByteArray("sandbox") << 1
            << QByteArray("grant_type=");
        QTest::newRow("Content-Length 0")
            << post("Content-Length: 0\r\n") << QByteArray("POST") << QByteArray("/oauth/token")
            << QByteArray() << QByteArray("sandbox") << 1 << QByteArray();
        QTest::newRow("Content-Length with OWS")
            << post("Content-Length:   3  \r\n", "abc") << QByteArray("POST") << QByteArray("/oauth/token")
            << QByteArray() << QByteArray("sandbox") << 1 << QByteArray("abc");
        QTest::newRow("chunked") << post("Transfer-Encoding: chunked\r\n",
                                         "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n")
                                 << QByteArray("POST") << QByteArray("/oauth/token") << QByteArray()
                                 << QByteArray("sandbox") << 1 << QByteArray("hello world");
        QTest::newRow("chunked: case, hex, extensions, trailer")
            << post("Transfer-Encoding: Chunked\r\n",
                    "A;name=value\r\n0123456789\r\n1 ; x\r\n!\r\n000\r\nX-Trailer: t\r\n\r\n")
            << QByteArray("POST") << QByteArray("/oauth/token") << QByteArray() << QByteArray("sandbox") << 1
            << QByteArray("0123456789!");
        QTest::newRow("chunked with bare LF")
            << post("Transfer-Encoding: chunked\r\n", "3\nabc\n0\n\n") << QByteArray("POST")
            << QByteArray("/oauth/token") << QByteArray() << QByteArray("sandbox") << 1 << QByteArray("abc");
        QTest::newRow("body with the head's bytes in it")
            << post("Content-Length: 4\r\n", "\r\n\r\n") << QByteArray("POST") << QByteArray("/oauth/token")
            << QByteArray() << QByteArray("sandbox") << 1 << QByteArray("\r\n\r\n");
        QTest::newRow("obs-text and tabs in a value")
            << get("X-Name: \t caf\xc3\xa9 \xff\tend \t\r\n") << QByteArray("GET") << QByteArray("/x")
            << QByteArray() << QByteArray("sandbox") << 1 << QByteArray();
        QTest::newRow("huge value under the limit")
            << get("X-Big: " + QByteArray(60 * 1024, 'v') + "\r\n") << QByteArray("GET") << QByteArray("/x")
            << QByteArray() << QByteArray("sandbox") << 1 << QByteArray();
        QTest::newRow("Expect on HTTP/1.0 is ignored")
            << QByteArray("POST / HTTP/1.0\r\nExpect: whatever\r\nContent-Length: 2\r\n\r\nok")
            << QByteArray("POST") << QByteArray("/") << QByteArray() << QByteArray() << 0 << QByteArray("ok");
    }
    void goodRequests()
    {
        QFETCH(QByteArray, input);
        for (const Outcome &o : {parseAtOnce(input), parseByteByByte(input)}) {
            QCOMPARE(o.state, HttpRequestParser::State::Complete);
            QCOMPARE(o.status, 0);
            QTEST(o.request.method, "method");
            QTEST(o.request.path, "path");
            QTEST(o.request.query, "query");
            QTEST(o.request.host, "host");
            QTEST(o.request.minorVersion, "minor");
            QTEST(o.request.body, "body");
        }
    }

    void fieldsKeepOrderAndValues()
    {
        const Outcome o = parseAtOnce(get("X-A: 1\r\nx-a:  2 \r\nCookie: c=d\r\n"));
        QCOMPARE(o.state, HttpRequestParser::State::Complete);
        QCOMPARE(o.request.fields.size(), 4);
        QCOMPARE(o.request.fields.at(0), HttpRequest::Field("Host", "sandbox"));
        QCOMPARE(o.request.header("X-A"), QByteArray("1, 2"));
        QCOMPARE(o.request.headerCount("x-A"), 2);
        QCOMPARE(o.request.header("cookie"), QByteArray("c=d"));
        QVERIFY(!o.request.hasHeader("X-B"));
    }

    void badRequests_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("status");

        // Versions
        QTest::newRow("HTTP/9.9") << QByteArray("GET / HTTP/9.9\r\nHost: h\r\n\r\n") << 505;
        QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\nHost: h\r\n\r\n") << 505;
        QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 505;
        QTest::newRow("HTTP/0.9 style") << QByteArray("GET /\r\n\r\n") << 400;
        QTest::newRow("lower-case version") << QByteArray("GET / http/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("two-digit minor") << QByteArray("GET / HTTP/1.10\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("version without dot") << QByteArray("GET / HTTP/11\r\nHost: h\r\n\r\n") << 400;
        // Request line
        QTest::newRow("double space") << QByteArray("GET  / HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("trailing space") << QByteArray("GET / HTTP/1.1 \r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("leading space") << QByteArray(" GET / HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("tab separator") << QByteArray("GET\t/ HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("method not a token") << QByteArray("GE(T / HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("bare CR in request line") << QByteArray("GET /\r HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("NUL in target") << QByteArray("GET /a\0b HTTP/1.1\r\nHost: h\r\n\r\n", 30) << 400;
        QTest::newRow("fragment in target") << QByteArray("GET /a#b HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("non-ASCII target")
            << QByteArray("GET /caf\xc3\xa9 HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("DEL in target") << QByteArray("GET /\x7f HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("target not a path") << QByteArray("GET oauth HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("authority-form") << QByteArray("CONNECT h:443 HTTP/1.1\r\nHost: h:443\r\n\r\n") << 400;
        QTest::newRow("* without OPTIONS") << QByteArray("GET * HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("absolute-form without authority")
            << QByteArray("GET http:///x HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("ftp target") << QByteArray("GET ftp://h/x HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        // Host
        QTest::newRow("no Host on HTTP/1.1") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("two Hosts") << get("Host: other\r\n") << 400;
        QTest::newRow("two Hosts on HTTP/1.0")
            << QByteArray("GET / HTTP/1.0\r\nHost: a\r\nHost: b\r\n\r\n") << 400;
        QTest::newRow("Host with a space") << QByteArray("GET / HTTP/1.1\r\nHost: a b\r\n\r\n") << 400;
        QTest::newRow("Host with obs-text") << QByteArray("GET / HTTP/1.1\r\nHost: \xff\r\n\r\n") << 400;
        QTest::newRow("Host with a slash") << QByteArray("GET / HTTP/1.1\r\nHost: a/b\r\n\r\n") << 400;
        // Field lines
        QTest::newRow("folded header (obs-fold)") << get("X-A: one\r\n two\r\n") << 400;
        QTest::newRow("folded header with tab") << get("X-A: one\r\n\ttwo\r\n") << 400;
        QTest::newRow("whitespace after the request line")
            << QByteArray("GET / HTTP/1.1\r\n Host: h\r\n\r\n") << 400;
        QTest::newRow("space before colon") << get("X-A : 1\r\n") << 400;
        QTest::newRow("tab before colon") << get("X-A\t: 1\r\n") << 400;
        QTest::newRow("no colon") << get("X-A 1\r\n") << 400;
        QTest::newRow("empty name") << get(": 1\r\n") << 400;
        QTest::newRow("name not a token") << get("X(A): 1\r\n") << 400;
        QTest::newRow("NUL in value") << get(QByteArray("X-A: a\0b\r\n", 10)) << 400;
        QTest::newRow("control in value") << get("X-A: a\x01"
                                                 "b\r\n")
                                          << 400;
        QTest::newRow("ESC in value") << get("X-A: \x1b[31mred\r\n") << 400;
        QTest::newRow("DEL in value") << get("X-A: a\x7f\r\n") << 400;
        QTest::newRow("bare CR in value") << get("X-A: a\rb\r\n") << 400;
        QTest::newRow("bare CR as line end") << QByteArray("GET / HTTP/1.1\rHost: h\r\r\n\r\n") << 400;
        // Framing
        QTest::newRow("Content-Length with Transfer-Encoding")
            << post("Content-Length: 5\r\nTransfer-Encoding: chunked\r\n", "0\r\n\r\n") << 400;
        QTest::newRow("Transfer-Encoding with Content-Length")
            << post("Transfer-Encoding: chunked\r\nContent-Length: 0\r\n", "0\r\n\r\n") << 400;
        QTest::newRow("Transfer-Encoding on HTTP/1.0")
            << QByteArray("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") << 400;
        QTest::newRow("chunked not last") << post("Transfer-Encoding: chunked, gzip\r\n") << 400;
        QTest::newRow("chunked twice")
            << post("Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n") << 400;
        QTest::newRow("identity") << post("Transfer-Encoding: identity\r\n") << 400;
        QTest::newRow("empty Transfer-Encoding") << post("Transfer-Encoding: \r\n") << 400;
        QTest::newRow("gzip then chunked") << post("Transfer-Encoding: gzip, chunked\r\n") << 501;
        QTest::newRow("Content-Length not a number") << post("Content-Length: abc\r\n") << 400;
        QTest::newRow("negative Content-Length") << post("Content-Length: -1\r\n") << 400;
        QTest::newRow("Content-Length with sign") << post("Content-Length: +5\r\n", "hello") << 400;
        QTest::newRow("Content-Length list") << post("Content-Length: 5, 5\r\n", "hello") << 400;
        QTest::newRow("Content-Length twice")
            << post("Content-Length: 5\r\nContent-Length: 5\r\n", "hello") << 400;
        QTest::newRow("empty Content-Length") << post("Content-Length:\r\n") << 400;
        QTest::newRow("Content-Length hex") << post("Content-Length: 0x10\r\n") << 400;
        QTest::newRow("body over the limit") << post("Content-Length: 65537\r\n") << 413;
        QTest::newRow("huge Content-Length") << post("Content-Length: 1000000000\r\n", "abc") << 413;
        QTest::newRow("Content-Length beyond 64 bits")
            << post("Content-Length: 99999999999999999999999999\r\n") << 413;
        QTest::newRow("chunk size not hex") << post("Transfer-Encoding: chunked\r\n", "zz\r\n") << 400;
        QTest::newRow("chunk size empty") << post("Transfer-Encoding: chunked\r\n", "\r\n") << 400;
        QTest::newRow("chunk size with junk")
            << post("Transfer-Encoding: chunked\r\n", "5 x\r\nhello\r\n") << 400;
        QTest::newRow("negative chunk size") << post("Transfer-Encoding: chunked\r\n", "-5\r\n") << 400;
        QTest::newRow("chunk longer than its size")
            << post("Transfer-Encoding: chunked\r\n", "3\r\nhello\r\n0\r\n\r\n") << 400;
        QTest::newRow("bare CR after chunk") << post("Transfer-Encoding: chunked\r\n", "3\r\nabc\rx") << 400;
        QTest::newRow("chunk over the limit") << post("Transfer-Encoding: chunked\r\n", "10001\r\n") << 413;
        QTest::newRow("chunks adding up over the limit")
            << post("Transfer-Encoding: chunked\r\n", "8000\r\n" + QByteArray(0x8000, 'a') + "\r\n8000\r\n" +
                                                          QByteArray(0x8000, 'b') + "\r\n1\r\n")
            << 413;
        QTest::newRow("chunk size with 100 digits")
            << post("Transfer-Encoding: chunked\r\n", QByteArray(100, 'f') + "\r\n") << 413;
        QTest::newRow("chunk line too long")
            << post("Transfer-Encoding: chunked\r\n", "1;" + QByteArray(2000, 'e') + "\r\n") << 400;
        QTest::newRow("NUL in a chunk extension")
            << post("Transfer-Encoding: chunked\r\n", QByteArray("1;\0\r\n", 5)) << 400;
        QTest::newRow("folded trailer")
            << post("Transfer-Encoding: chunked\r\n", "0\r\nX: a\r\n b\r\n\r\n") << 400;
        // Expect
        QTest::newRow("unknown expectation") << post("Expect: 200-ok\r\nContent-Length: 1\r\n") << 417;
        QTest::newRow("expectation list") << post("Expect: 100-continue, x\r\nContent-Length: 1\r\n") << 417;
        // Sizes
        QTest::newRow("head over 64 KiB") << get("X-Big: " + QByteArray(64 * 1024, 'v') + "\r\n") << 431;
        QTest::newRow("request line over 64 KiB")
            << "GET /" + QByteArray(70 * 1024, 'a') + " HTTP/1.1\r\nHost: h\r\n\r\n"
            << 414;
        QTest::newRow("101 header fields") << get(QByteArray("X: 1\r\n").repeated(100)) << 431;
        QTest::newRow("64 KiB of empty lines") << QByteArray("\r\n").repeated(33 * 1024) << 400;
        QTest::newRow("trailer over 64 KiB")
            << post("Transfer-Encoding: chunked\r\n", "0\r\nX: " + QByteArray(65 * 1024, 't') + "\r\n\r\n")
            << 431;
        QTest::newRow("101 trailer fields")
            << post("Transfer-Encoding: chunked\r\n", "0\r\n" + QByteArray("X: 1\r\n").repeated(101) + "\r\n")
            << 431;
        QTest::newRow("TLS client hello")
            << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11) << 400;
        QTest::newRow("NUL before the request line")
            << QByteArray("\0GET / HTTP/1.1\r\nHost: h\r\n\r\n", 29) << 400;
    }
    void badRequests()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, status);
        for (const Outcome &o : {parseAtOnce(input), parseByteByByte(input)}) {
            QCOMPARE(o.state, HttpRequestParser::State::Failed);
            QCOMPARE(o.status, status);
        }
    }

    void errorsAreFinal()
    {
        HttpRequestParser parser;
        QCOMPARE(parser.feed("GET / HTTP/1.1\r\n\r\n"), HttpRequestParser::State::Failed);
        QVERIFY(!parser.errorReason().isEmpty());
        // Whatever follows a bad request is never read as a request of its own (no smuggling).
        QCOMPARE(parser.feed("GET /second HTTP/1.1\r\nHost: h\r\n\r\n"), HttpRequestParser::State::Failed);
        QCOMPARE(parser.errorStatus(), 400);
        QCOMPARE(parser.bufferedBytes(), 0);
    }

    void smuggledRequestIsNeverParsed()
    {
        // What a front end reading only Content-Length would forward as one request.
        HttpRequestParser parser;
        parser.feed(post("Content-Length: 44\r\nTransfer-Encoding: chunked\r\n",
                         "0\r\n\r\nGET /v2.0/vehicles HTTP/1.1\r\nHost: sandbox\r\n\r\n"));
        QCOMPARE(parser.state(), HttpRequestParser::State::Failed);
        QCOMPARE(parser.takeRequest().method, QByteArray());
        QCOMPARE(parser.state(), HttpRequestParser::State::Failed);
    }

    void limitsAreExact_data()
    {
        QTest::addColumn<int>("extra");
        QTest::addColumn<bool>("ok");
        QTest::newRow("at the limit") << 0 << true;
        QTest::newRow("one byte over") << 1 << false;
    }
    void limitsAreExact()
    {
        QFETCH(int, extra);
        QFETCH(bool, ok);
        HttpLimits limits;
        limits.maxHeadBytes = 200;
        limits.maxBodyBytes = 10;
        limits.maxHeaderFields = 3;
        const QByteArray start = "GET / HTTP/1.1\r\nHost: h\r\nX: ";
        const QByteArray head = start + QByteArray(200 - start.size() - 4 + extra, 'v') + "\r\n\r\n";
        QCOMPARE(head.size(), 200 + extra);
        QCOMPARE(parseAtOnce(head, limits).state,
                 ok ? HttpRequestParser::State::Complete : HttpRequestParser::State::Failed);
        const QByteArray body(10 + extra, 'b');
        const Outcome withBody =
            parseAtOnce("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: " + QByteArray::number(body.size()) +
                            "\r\n\r\n" + body,
                        limits);
        QCOMPARE(withBody.status, ok ? 0 : 413);
        const Outcome chunked =
            parseAtOnce("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n" +
                            QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n0\r\n\r\n",
                        limits);
        QCOMPARE(chunked.status, ok ? 0 : 413);
        const Outcome fields = parseAtOnce(
            "GET / HTTP/1.1\r\nHost: h\r\n" + QByteArray("X: 1\r\n").repeated(2 + extra) + "\r\n", limits);
        QCOMPARE(fields.status, ok ? 0 : 431);
    }

    void pipelinedRequestsComeInOrder()
    {
        HttpRequestParser parser;
        parser.feed(QByteArray(get() + post("Content-Length: 3\r\n", "abc") + "GET /third HTTP/1.1\r\nHo"));
        QCOMPARE(parser.state(), HttpRequestParser::State::Complete);
        QCOMPARE(parser.takeRequest().path, QByteArray("/x"));
        QCOMPARE(parser.state(), HttpRequestParser::State::Complete);
        const HttpRequest second = parser.takeRequest();
        QCOMPARE(second.method, QByteArray("POST"));
        QCOMPARE(second.body, QByteArray("abc"));
        QCOMPARE(parser.state(), HttpRequestParser::State::Head);
        QVERIFY(!parser.isIdle());
        QCOMPARE(parser.feed("st: h\r\n\r\n"), HttpRequestParser::State::Complete);
        QCOMPARE(parser.takeRequest().path, QByteArray("/third"));
        QVERIFY(parser.isIdle());
    }

    void bytesAfterACompleteRequestWait()
    {
        HttpRequestParser parser;
        parser.feed(get());
        QCOMPARE(parser.feed("GET /next HTTP/1.1\r\nHost: h\r\n\r\n"), HttpRequestParser::State::Complete);
        QCOMPARE(parser.request().path, QByteArray("/x"));
        parser.takeRequest();
        QCOMPARE(parser.request().path, QByteArray("/next"));
    }

    void idleUntilTheFirstByte()
    {
        HttpRequestParser parser;
        QVERIFY(parser.isIdle());
        parser.feed("\r\n");
        QVERIFY(parser.isIdle()); // an empty line before a request is not a request
        parser.feed("G");
        QVERIFY(!parser.isIdle());
    }

    void expectContinue_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("expects");
        QTest::addColumn<QByteArray>("rest");
        QTest::newRow("waiting for the body")
            << post("Expect: 100-continue\r\nContent-Length: 4\r\n") << true << QByteArray("abcd");
        QTest::newRow("any case") << post("expect: 100-Continue\r\nContent-Length: 4\r\n") << true
                                  << QByteArray("abcd");
        QTest::newRow("chunked") << post("Expect: 100-continue\r\nTransfer-Encoding: chunked\r\n") << true
                                 << QByteArray("4\r\nabcd\r\n0\r\n\r\n");
        QTest::newRow("part of the body came")
            << post("Expect: 100-continue\r\nContent-Length: 4\r\n", "ab") << true << QByteArray("cd");
        QTest::newRow("HTTP/1.0")
            << QByteArray("POST / HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n") << false
            << QByteArray("abcd");
        QTest::newRow("no expectation") << post("Content-Length: 4\r\n") << false << QByteArray("abcd");
    }
    void expectContinue()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, expects);
        HttpRequestParser parser;
        QCOMPARE(parser.feed(input), HttpRequestParser::State::Body);
        QCOMPARE(parser.expectsContinue(), expects);
        QFETCH(QByteArray, rest);
        parser.feed(rest);
        QCOMPARE(parser.state(), HttpRequestParser::State::Complete);
        QCOMPARE(parser.takeRequest().body, QByteArray("abcd"));
        QVERIFY(!parser.expectsContinue());
    }

    void keepAlive_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("keepAlive");
        QTest::newRow("HTTP/1.1") << get() << true;
        QTest::newRow("HTTP/1.1 close") << get("Connection: close\r\n") << false;
        QTest::newRow("HTTP/1.1 Close in a list") << get("Connection: Upgrade, Close\r\n") << false;
        QTest::newRow("HTTP/1.1 close in a second field")
            << get("Connection: x\r\nConnection: close\r\n") << false;
        QTest::newRow("HTTP/1.1 not quite close") << get("Connection: closed\r\n") << true;
        QTest::newRow("HTTP/1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
        QTest::newRow("HTTP/1.0 keep-alive")
            << QByteArray("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n") << true;
        QTest::newRow("HTTP/1.0 keep-alive and close")
            << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive, close\r\n\r\n") << false;
    }
    void keepAlive()
    {
        QFETCH(QByteArray, input);
        const Outcome o = parseAtOnce(input);
        QCOMPARE(o.state, HttpRequestParser::State::Complete);
        QTEST(o.request.keepAlive(), "keepAlive");
    }

    // Random bytes and random cuts of valid requests: the parser always ends in a defined state, and a
    // failure always carries one of the statuses it documents.
    void survivesRandomInput()
    {
        auto *rng = QRandomGenerator::global();
        const QList<QByteArray> seeds{get(), post("Content-Length: 3\r\n", "abc"),
                                      post("Transfer-Encoding: chunked\r\n", "3\r\nabc\r\n0\r\n\r\n")};
        const QList<int> documented{400, 413, 414, 417, 431, 501, 505};
        for (int i = 0; i < 3000; ++i) {
            QByteArray input = seeds.at(rng->bounded(seeds.size()));
            for (int k = int(rng->bounded(6)); k > 0; --k) {
                const int at = int(rng->bounded(input.size() + 1));
                if (rng->bounded(2))
                    input.insert(at, char(rng->bounded(256)));
                else if (at < input.size())
                    input.remove(at, 1);
            }
            HttpRequestParser parser;
            qsizetype pos = 0;
            while (pos < input.size()) {
                const qsizetype n = qMin<qsizetype>(input.size() - pos, 1 + rng->bounded(20));
                parser.feed(QByteArrayView(input).sliced(pos, n));
                pos += n;
                while (parser.state() == HttpRequestParser::State::Complete)
                    parser.takeRequest();
            }
            if (parser.state() == HttpRequestParser::State::Failed)
                QVERIFY2(documented.contains(parser.errorStatus()), input.toPercentEncoding().constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
