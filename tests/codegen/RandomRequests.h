#pragma once

// Seeded random Connect requests for the generators' proofs: every field, the odd values SDKs stumble on
// ('+', '&', '%', '#', non-ASCII, emoji, empty values), repeated and unknown parameters, re-authentication
// and other origins. The same seed gives the same requests on every machine.
#include <ConnectRequest.h>

#include <QRandomGenerator>
#include <QStringList>

namespace connectlab::testing {

class RandomRequests
{
public:
    explicit RandomRequests(quint32 seed) : m_random(seed) {}

    ConnectRequest next()
    {
        ConnectRequest r;
        r.baseUrl =
            pick({QString::fromLatin1(ConnectRequest::DefaultBaseUrl),
                  QString::fromLatin1(ConnectRequest::DefaultBaseUrl),
                  QString::fromLatin1(ConnectRequest::DefaultBaseUrl),
                  QStringLiteral("http://127.0.0.1:8765"), QStringLiteral("https://connect.example.com")});
        r.clientId = chance(90) ? pick({QStringLiteral("8229df9f-91a0-4ff0-a1ae-a1f38ee24d07"),
                                        QStringLiteral("4cf82729-4275-46d9-9255-8437ba777151"),
                                        QStringLiteral("client_0123456789abcdef")})
                                : QString();
        r.redirectUri = chance(85)
                            ? pick({QStringLiteral("https://example.com/callback"),
                                    QStringLiteral("http://localhost:8000/callback"),
                                    QStringLiteral("sc8229df9f-91a0-4ff0-a1ae-a1f38ee24d07://exchange"),
                                    QStringLiteral("https://app.example/cb?tenant=a&x=1"),
                                    QStringLiteral("https://app.example/üb er+plus")})
                            : QString();
        if (chance(85)) {
            static const QStringList permissions = {
                QStringLiteral("read_vehicle_info"), QStringLiteral("read_odometer"),
                QStringLiteral("read_location"),     QStringLiteral("read_vin"),
                QStringLiteral("read_battery"),      QStringLiteral("read_charge"),
                QStringLiteral("control_security"),  QStringLiteral("read_tires"),
                QStringLiteral("read_future_x")};
            const int count = 1 + int(m_random.bounded(5));
            for (int i = 0; i < count; ++i)
                r.scope.append(Permission{pick(permissions), chance(30)});
        }
        r.state = chance(80) ? value() : QString();
        r.approvalPrompt = pick({QStringLiteral("auto"), QStringLiteral("auto"), QStringLiteral("force"),
                                 QStringLiteral("force"), QString(), QStringLiteral("always")});
        r.mode = pick({QStringLiteral("live"), QStringLiteral("live"), QStringLiteral("simulated"),
                       QStringLiteral("simulated"), QStringLiteral("test"), QString(), QStringLiteral("LIVE"),
                       QStringLiteral("sandbox")});
        r.responseType = pick({QStringLiteral("code"), QStringLiteral("code"), QStringLiteral("code"),
                               QStringLiteral("code"), QStringLiteral("none"), QStringLiteral("token")});
        r.make = chance(40) ? pick({QStringLiteral("TESLA"), QStringLiteral("BMW"),
                                    QStringLiteral("MINI & CO"), QStringLiteral("KIA")})
                            : QString();
        r.singleSelect = pick({QString(), QString(), QStringLiteral("true"), QStringLiteral("true"),
                               QStringLiteral("false"), QStringLiteral("yes")});
        r.singleSelectVin =
            chance(40) ? pick({QStringLiteral("5YJ3E1EA2KF317000"), QStringLiteral("1HGCM82633A004352"),
                               QStringLiteral("0SCAUDI037A5ADB1C"), QStringLiteral("vin with+plus&amp")})
                       : QString();
        const int flags = chance(60) ? 1 + int(m_random.bounded(3)) : 0;
        for (int i = 0; i < flags; ++i) {
            switch (m_random.bounded(7)) {
            case 0:
            case 1:
                r.flags.append(
                    Flag{QStringLiteral("country"),
                         pick({QStringLiteral("US"), QStringLiteral("DE"), QStringLiteral("FR")})});
                break;
            case 2:
                r.flags.append(Flag{QStringLiteral("account_sync"),
                                    pick({QStringLiteral("true"), QStringLiteral("false")})});
                break;
            case 3:
                r.flags.append(Flag{QStringLiteral("user"), QStringLiteral("owner-42")});
                break;
            case 4:
                r.flags.append(Flag{QStringLiteral("feature3"), QString(), false}); // no value
                break;
            case 5:
                r.flags.append(Flag{QStringLiteral("42"), QStringLiteral("numeric-name")});
                break;
            default:
                r.flags.append(Flag{QStringLiteral("color-scheme"), QStringLiteral("00819D")});
                break;
            }
        }
        const int extras = chance(50) ? 1 + int(m_random.bounded(3)) : 0;
        for (int i = 0; i < extras; ++i) {
            switch (m_random.bounded(6)) {
            case 0:
            case 1:
                r.extras.append(
                    {QStringLiteral("external_id"), chance(20) ? QStringLiteral("null") : value()});
                break;
            case 2:
                r.extras.append({QStringLiteral("user"),
                                 pick({QStringLiteral("61a3e3d2-5198-47ba-aabd-4623ce4a4042"), value()})});
                break;
            case 3:
                r.extras.append({QStringLiteral("utm_source"), value()});
                break;
            case 4:
                r.extras.append(
                    {QStringLiteral("state"), QStringLiteral("second-state")}); // a repeat kept as extra
                break;
            default:
                r.extras.append({QStringLiteral("odd name&="), value()});
                break;
            }
        }
        if (chance(10))
            r.makeReauthentication(QStringLiteral("36ab27d0-fd9d-4455-823a-ce30af709ffc"));
        return r;
    }

private:
    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }
    QString pick(const QStringList &list)
    {
        return list.at(qsizetype(m_random.bounded(quint32(list.size()))));
    }
    QString value()
    {
        return pick({QStringLiteral("fakestate"), QStringLiteral("a+b"), QStringLiteral("x&y=z"),
                     QStringLiteral("100% sure"), QStringLiteral("#frag?q"), QStringLiteral("é ü ß"),
                     QStringLiteral("日本語"), QStringLiteral("🚗 car"), QStringLiteral("quote'\"back\\slash"),
                     QStringLiteral("${dollar} #{ruby}"), QStringLiteral("  spaced  "),
                     QStringLiteral("0123456789abcdef-state"), QStringLiteral("line\nbreak\ttab")});
    }

    QRandomGenerator m_random;
};

} // namespace connectlab::testing
