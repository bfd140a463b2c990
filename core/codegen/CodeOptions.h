#pragma once

namespace connectlab {

// What a generator is asked for beyond the request.
struct CodeOptions
{
    // The token step curl shows: Smartcar's per-vehicle tokens (v2: the code exchange), API Authentication
    // (v3: the client-credentials token), or both.
    enum class TokenModel
    {
        Both,
        PerVehicle,
        ApiAuthentication,
    };
    TokenModel tokenModel = TokenModel::Both;
};

} // namespace connectlab
