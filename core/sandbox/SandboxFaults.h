#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace connectlab::sandbox {

// Misbehaviour the sandbox can be told to show, so QA can see how their app copes with a Connect that is
// slow, failing or broken (issue 11). Set per server (SandboxServer::setFaults), from a test plan's case,
// from the Sandbox tab, from connectlab-sandbox's --fault options or its loopback control endpoint.
//
// JSON (the plan's "faults" key, the control endpoint's body, --faults FILE):
//   {"latency": [{"path": "/oauth/token", "ms": 800}],        path prefix; "*" for every request
//    "status":  [{"path": "/v3/vehicles", "status": 503, "times": 2}],   5xx or 429 instead of the answer;
//                                                             "times" 0 or absent: every time
//    "code": "expired" | "used",                              every code the redirect carries is already
//                                                             expired, or was already exchanged
//    "redirect": "never" | "malformed"}                       Connect never redirects (the last screen
//                                                             spins), or redirects to a broken URL
struct SandboxFaults
{
    struct Latency
    {
        QString path; // a path prefix, or "*"
        int ms = 0;
        friend bool operator==(const Latency &, const Latency &) = default;
    };
    struct Status
    {
        QString path;   // a path prefix, or "*"
        int status = 0; // 429 or 500..599
        int times = 0;  // how many requests get it; 0: all of them
        friend bool operator==(const Status &, const Status &) = default;
    };
    enum class Code { Fine, Expired, Used };
    enum class Redirect { Fine, Never, Malformed };

    QList<Latency> latency;
    QList<Status> status;
    Code code = Code::Fine;
    Redirect redirect = Redirect::Fine;

    bool isEmpty() const
    {
        return latency.isEmpty() && status.isEmpty() && code == Code::Fine && redirect == Redirect::Fine;
    }
    friend bool operator==(const SandboxFaults &, const SandboxFaults &) = default;

    // Reads the JSON above; on a mistake returns false with a message naming the key and the fix.
    static bool fromJson(const QJsonObject &json, SandboxFaults *out, QString *error);
    QJsonObject toJson() const;
};

} // namespace connectlab::sandbox
