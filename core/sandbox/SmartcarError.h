#pragma once

#include "SandboxReply.h"

namespace connectlab::sandbox {

// An error of Smartcar's APIs (v3 and the Management API) in their shape, which core/net's ApiError parses:
//   {"type", "code", "description", "docURL", "statusCode", "requestId", "resolution": {"type"}}
// `resolution` is null when nothing but fixing the request helps. A 401 carries WWW-Authenticate with
// `challenge` ("Bearer" or "Basic").
class SmartcarError
{
public:
    static SandboxReply reply(int status, const QString &type, const QString &code, const QString &description,
                              const QString &resolution = {}, const QByteArray &challenge = "Bearer");
};

} // namespace connectlab::sandbox
