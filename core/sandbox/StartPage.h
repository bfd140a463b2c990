#pragma once

#include "SandboxReply.h"

#include <optional>

namespace connectlab::sandbox {

struct SandboxConfig;

// The sandbox's own pages: GET / (the endpoints, the registered applications and the test logins) and
// GET /static/sandbox.css and /static/sandbox.js, the only files the screens load.
class StartPage
{
public:
    static SandboxReply index(const SandboxConfig &config);
    // The static file at that path, or nothing when there is none.
    static std::optional<SandboxReply> staticFile(QByteArrayView path);
};

} // namespace connectlab::sandbox
