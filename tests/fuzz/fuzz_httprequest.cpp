// The sandbox's request handling: HttpRequestParser fed a connection's bytes, whole and in pieces (the first
// input byte sets the piece size), and every request it completes answered by SandboxServer::handle (its
// routing, screens, token endpoint and vehicle API, without a socket). Beyond not crashing: the pieces do
// not change what is read, an error is a 4xx/5xx with a reason, a complete request is well formed and within
// the limits, and every response serializes with no CR, LF or NUL inside a header line.
#include "FuzzSupport.h"

#include <SandboxServer.h>
#include <http/HttpRequestParser.h>
#include <http/HttpResponse.h>

using namespace connectlab::sandbox;

CONNECTLAB_FUZZ_INITIALIZE

namespace {

struct Outcome
{
    QList<HttpRequest> requests;
    HttpRequestParser::State state = HttpRequestParser::State::Head;
    int errorStatus = 0;
};

HttpLimits smallLimits()
{
    HttpLimits limits;
    limits.maxHeadBytes = 2048; // small, so the fuzzer reaches every limit
    limits.maxBodyBytes = 2048;
    limits.maxHeaderFields = 20;
    return limits;
}

void drain(HttpRequestParser &parser, Outcome &outcome)
{
    while (parser.state() == HttpRequestParser::State::Complete && outcome.requests.size() < 16)
        outcome.requests.append(parser.takeRequest());
}

Outcome read(QByteArrayView bytes, qsizetype piece)
{
    HttpRequestParser parser(smallLimits());
    Outcome outcome;
    for (qsizetype at = 0; at < bytes.size() && outcome.requests.size() < 16; at += piece) {
        parser.feed(bytes.sliced(at, std::min(piece, bytes.size() - at)));
        drain(parser, outcome);
    }
    outcome.state = parser.state();
    outcome.errorStatus = parser.errorStatus();
    if (parser.state() == HttpRequestParser::State::Failed) {
        FUZZ_CHECK(parser.errorStatus() >= 400 && parser.errorStatus() < 600,
                   QString::number(parser.errorStatus()));
        FUZZ_CHECK(!parser.errorReason().isEmpty(), QString::number(parser.errorStatus()));
    } else {
        FUZZ_CHECK(parser.errorStatus() == 0, QString::number(parser.errorStatus()));
    }
    return outcome;
}

bool sameRequest(const HttpRequest &a, const HttpRequest &b)
{
    return a.method == b.method && a.target == b.target && a.path == b.path && a.query == b.query &&
           a.host == b.host && a.minorVersion == b.minorVersion && a.fields == b.fields && a.body == b.body;
}

void checkRequest(const HttpRequest &r)
{
    const QString target = QString::fromLatin1(r.target);
    FUZZ_CHECK(!r.method.isEmpty() && !r.target.isEmpty(), target);
    FUZZ_CHECK(r.target == "*" || r.path.startsWith('/'), target);
    FUZZ_CHECK(r.minorVersion == 0 || r.minorVersion == 1, target);
    FUZZ_CHECK(r.body.size() <= smallLimits().maxBodyBytes, target);
    FUZZ_CHECK(!(r.hasHeader("Content-Length") && r.hasHeader("Transfer-Encoding")), target);
    FUZZ_CHECK(r.minorVersion == 0 || r.headerCount("Host") == 1, target);
    for (const HttpRequest::Field &f : r.fields)
        FUZZ_CHECK(!f.first.isEmpty() && !f.second.contains('\n') && !f.second.contains('\r') &&
                       !f.second.contains('\0'),
                   QString::fromLatin1(f.first));
}

void checkResponse(const HttpResponse &response, const HttpRequest &request)
{
    const QString target = QString::fromLatin1(request.target);
    FUZZ_CHECK(response.status() >= 200 && response.status() < 600, target);
    const QByteArray wire = response.serialize(request.method != "HEAD", HttpResponse::Connection::Default);
    const qsizetype headEnd = wire.indexOf("\r\n\r\n");
    FUZZ_CHECK(headEnd > 0, target);
    const QByteArray head = wire.left(headEnd);
    FUZZ_CHECK(!head.contains('\0'), target);
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const bool last = i + 1 == lines.size();
        FUZZ_CHECK(last || lines.at(i).endsWith('\r'), QString::fromLatin1(lines.at(i)));
        FUZZ_CHECK(lines.at(i).count('\r') == (last ? 0 : 1), QString::fromLatin1(lines.at(i)));
    }
    const QByteArray statusLine = "HTTP/1.1 " + QByteArray::number(response.status()) + ' ';
    FUZZ_CHECK(head.startsWith(statusLine), target);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype piece = 1 + data[0] % 64;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    const Outcome whole = read(bytes, std::max<qsizetype>(1, bytes.size()));
    const Outcome pieces = read(bytes, piece);
    FUZZ_CHECK(whole.requests.size() == pieces.requests.size(),
               QStringLiteral("%1 vs %2 requests").arg(whole.requests.size()).arg(pieces.requests.size()));
    for (qsizetype i = 0; i < whole.requests.size(); ++i)
        FUZZ_CHECK(sameRequest(whole.requests.at(i), pieces.requests.at(i)),
                   QString::fromLatin1(whole.requests.at(i).target));
    if (whole.requests.size() < 16) {
        FUZZ_CHECK(whole.state == pieces.state, QString::fromLatin1(bytes.toByteArray()));
        FUZZ_CHECK(whole.errorStatus == pieces.errorStatus, QString::fromLatin1(bytes.toByteArray()));
    }

    if (!whole.requests.isEmpty()) {
        SandboxServer server; // never listens: handle() is the whole path behind the socket
        for (const HttpRequest &request : whole.requests) {
            checkRequest(request);
            checkResponse(server.handle(request), request);
        }
        FUZZ_CHECK(server.requests().size() == whole.requests.size(), QString());
        for (const RecordedRequest &r : server.requests()) {
            const QString shown = r.method + r.path + r.query + r.summary;
            for (QChar c : shown)
                FUZZ_CHECK(c.unicode() >= 0x20 && c.unicode() != 0x7F, shown);
        }
    }
    return 0;
}
