// Properties over seeded random requests, not examples (issue 15): whatever characters a value holds (a
// byte-order mark, zero-width characters, right-to-left marks, NUL, U+FFFD, every reserved ASCII character,
// very long values), parse(build(r)) == r; and the validator warns on an invisible or confusable character
// in client_id and redirect_uri, on that field, naming the character and its position. One row per kind of
// character; each row runs a few thousand requests from a fixed seed, so a failure replays.
#include <InvisibleCharacters.h>
#include <UrlBuilder.h>
#include <UrlParser.h>
#include <Validator.h>

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace connectlab;

namespace {

// Every printable ASCII character that is not RFC 3986 "unreserved", the space included.
QString reservedAscii()
{
    QString out;
    for (char16_t c = 0x20; c < 0x7F; ++c)
        if (!QChar(c).isLetterOrNumber() && c != u'-' && c != u'.' && c != u'_' && c != u'~')
            out += QChar(c);
    return out;
}

class Generator
{
public:
    Generator(quint32 seed, QString special, int maxLength)
        : m_rng(seed), m_special(std::move(special)), m_maxLength(maxLength)
    {
    }

    // A value of 1..maxLength characters: plain letters and digits, the row's special characters, and a
    // little non-ASCII, in any order (the special ones first and last too).
    QString value(bool allowSpace = true, bool allowColon = true)
    {
        static const QString plain = QStringLiteral("abcXYZ019-._~");
        static const QString other = QString::fromUtf8("é中\U0001F600");
        const int length = 1 + int(m_rng.bounded(quint32(m_maxLength)));
        QString out;
        out.reserve(length);
        for (int i = 0; i < length; ++i) {
            const quint32 pick = m_rng.bounded(10u);
            QString piece;
            if (pick < 4)
                piece = m_special.at(m_rng.bounded(quint32(m_special.size())));
            else if (pick < 9)
                piece = plain.at(m_rng.bounded(quint32(plain.size())));
            else
                piece = other.mid(m_rng.bounded(3u) == 2 ? 2 : m_rng.bounded(2u), 1); // 😀 stays whole
            if (piece.size() == 1 && piece.at(0).isHighSurrogate())
                piece = other.mid(2, 2);
            // scope and flags are lists separated by white space: their entries hold none.
            if ((!allowSpace && piece.size() == 1 && piece.at(0).isSpace()) || (!allowColon && piece == u":"))
                piece = QStringLiteral("s");
            out += piece;
        }
        return out;
    }
    QString maybe() { return m_rng.bounded(3u) == 0 ? QString() : value(); }
    bool chance(quint32 oneIn) { return m_rng.bounded(oneIn) == 0; }
    quint32 bounded(quint32 n) { return m_rng.bounded(n); }

    ConnectRequest request()
    {
        static const QStringList permissions = {QStringLiteral("read_vin"), QStringLiteral("read_odometer"),
                                                QStringLiteral("control_charge")};
        static const QStringList extraNames = {QStringLiteral("user"), QStringLiteral("external_id"),
                                               QStringLiteral("sdk_platform"), QStringLiteral("x-custom")};
        ConnectRequest r;
        if (chance(4))
            r.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(1024 + bounded(60000));
        r.clientId = maybe();
        r.redirectUri = maybe();
        r.responseType = value();
        r.vehicleId = maybe();
        if (chance(5))
            r.makeReauthentication(value());
        for (quint32 k = bounded(4); k > 0; --k) {
            QString name = chance(2) ? permissions.at(bounded(3)) : value(false);
            if (name.startsWith(QLatin1String("required:")))
                name.prepend(u'x');
            r.scope.append(Permission{name, chance(2)});
        }
        r.state = maybe();
        r.approvalPrompt = value();
        r.mode = value();
        r.make = maybe();
        r.singleSelect = maybe();
        r.singleSelectVin = maybe();
        for (quint32 k = bounded(3); k > 0; --k) {
            const bool hasValue = !chance(5);
            r.flags.append(Flag{value(false, false), hasValue ? value(false) : QString(), hasValue});
        }
        for (quint32 k = bounded(3); k > 0; --k)
            r.extras.append(Parameter{extraNames.at(bounded(4)), maybe()});
        return r;
    }

private:
    QRandomGenerator m_rng;
    QString m_special;
    int m_maxLength;
};

QString describe(const Diagnostics &diagnostics)
{
    QString out;
    for (const Diagnostic &d : diagnostics)
        out += d.field + u' ' + d.code + QStringLiteral(": ") + d.message + u'\n';
    return out;
}

} // namespace

class tst_LinkProperties : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void characters_data()
    {
        QTest::addColumn<QString>("special");
        QTest::addColumn<int>("maxLength");
        QTest::addColumn<int>("cases");
        QTest::newRow("byte-order mark") << QString(QChar(0xFEFF)) << 12 << 3000;
        QTest::newRow("zero-width") << QStringLiteral("\u200B\u200C\u200D\u2060") << 12 << 3000;
        QTest::newRow("right-to-left marks") << QStringLiteral("\u200F\u202E\u2067\u061C") << 12 << 3000;
        QTest::newRow("NUL") << QString(QChar(0)) << 12 << 3000;
        QTest::newRow("replacement character") << QString(QChar(0xFFFD)) << 12 << 3000;
        QTest::newRow("reserved ASCII") << reservedAscii() << 16 << 3000;
        QTest::newRow("controls") << QStringLiteral("\x01\t\n\r\x1b\x7f") << 12 << 3000;
        QTest::newRow("all of them, long")
            << reservedAscii() + QStringLiteral("\uFEFF\u200B\u200F\u202E\uFFFD") + QChar(0) << 3000 << 200;
    }

    void characters()
    {
        QFETCH(QString, special);
        QFETCH(int, maxLength);
        QFETCH(int, cases);
        Generator g(quint32(qHash(QString::fromLatin1(QTest::currentDataTag()))), special, maxLength);
        for (int i = 0; i < cases; ++i) {
            const ConnectRequest r = g.request();
            const QString url = UrlBuilder::build(r);
            const ParseResult p = UrlParser::parse(url);
            if (!p.ok || !p.diagnostics.isEmpty())
                QFAIL(qPrintable(url + u'\n' + describe(p.diagnostics)));
            if (!(p.request == r))
                QFAIL(qPrintable(QStringLiteral("case %1: parse(build(r)) != r\n  built:   %2\n  rebuilt: %3")
                                     .arg(i)
                                     .arg(url, UrlBuilder::build(p.request))));
            QCOMPARE(p.parameters, UrlBuilder::parameters(r));
            // The encoder writes nothing a person cannot see: only printable ASCII.
            const bool printable = std::all_of(
                url.cbegin(), url.cend(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7F; });
            QVERIFY2(printable, qPrintable(url));
        }
    }

    // One invisible or confusable character put into a plain client_id or redirect_uri at a random place:
    // the validator warns on that field, names the character (U+XXXX) and says where (1-based).
    void characterWarnings_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("characters");
        const QString invisible =
            QStringLiteral("\uFEFF\u200B\u200C\u200D\u200E\u200F\u202A\u202E\u2066\u2069"
                           "\u00AD\u2060\uFFFD\x01\x1b\x7f") +
            QChar(0);
        const QString confusable =
            QStringLiteral("\u0430\u0435\u043E\u0440\u0441\u0445\u0410\u0421\u03BF\u03B1"
                           "\uFF41\uFF10\u0131");
        QTest::newRow("client_id invisible") << "client_id"
                                             << "invisible-character" << invisible;
        QTest::newRow("redirect_uri invisible") << "redirect_uri"
                                                << "invisible-character" << invisible;
        QTest::newRow("client_id confusable") << "client_id"
                                              << "confusable-character" << confusable;
        QTest::newRow("redirect_uri confusable") << "redirect_uri"
                                                 << "confusable-character" << confusable;
    }

    void characterWarnings()
    {
        QFETCH(QString, field);
        QFETCH(QString, code);
        QFETCH(QString, characters);
        QRandomGenerator rng(quint32(qHash(QString::fromLatin1(QTest::currentDataTag()))));
        const bool redirect = field == u"redirect_uri";
        for (int i = 0; i < 2000; ++i) {
            QString value = redirect ? QStringLiteral("https://example.com/callback")
                                     : QStringLiteral("4cf82729-4275-46d9-9255-8437ba777151");
            const qsizetype at = qsizetype(rng.bounded(quint32(value.size() + 1)));
            const QChar c = characters.at(rng.bounded(quint32(characters.size())));
            value.insert(at, c);
            ConnectRequest r;
            r.clientId = redirect ? QStringLiteral("4cf82729-4275-46d9-9255-8437ba777151") : value;
            r.redirectUri = redirect ? value : QStringLiteral("https://example.com/callback");
            const Diagnostics diagnostics = Validator::validate(r);
            const QString name =
                QStringLiteral("U+") + QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0');
            bool found = false;
            for (const Diagnostic &d : diagnostics) {
                if (d.field != field || d.code != code)
                    continue;
                found = true;
                QCOMPARE(d.severity, Severity::Warning);
                QVERIFY2(d.message.contains(name), qPrintable(d.message));
                QVERIFY2(d.message.contains(QStringLiteral("position %1").arg(at + 1)),
                         qPrintable(d.message));
            }
            QVERIFY2(found, qPrintable(QStringLiteral("%1 at %2 in %3:\n%4")
                                           .arg(name)
                                           .arg(at)
                                           .arg(field, describe(diagnostics))));
        }
    }
};

QTEST_GUILESS_MAIN(tst_LinkProperties)
#include "tst_linkproperties.moc"
