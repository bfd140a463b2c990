#pragma once

#include "ConnectRequest.h"

namespace connectlab {

// Builds the Connect link exactly as the official back-end SDKs order it:
// response_type, client_id, [vehicle_id], redirect_uri, scope, state, approval_prompt, mode, make,
// single_select, single_select_vin, flags, then the extras in their order.
// Every character outside RFC 3986 "unreserved" (A-Z a-z 0-9 - . _ ~) is percent-encoded as UTF-8;
// a space is %20, never '+'.
class UrlBuilder
{
public:
    static QString build(const ConnectRequest &request);
    // The decoded parameters in the order build() writes them.
    static QList<Parameter> parameters(const ConnectRequest &request);
    // Percent-encodes one query value or name.
    static QString encode(const QString &value);
    static void appendEncoded(QString &out, const QString &value);
};

} // namespace connectlab
