#pragma once

#include "SandboxFaults.h"
#include "SandboxReply.h"

namespace connectlab::sandbox {

struct HttpRequest;

// The sandbox's control endpoint, for scripts and test plans driving a running sandbox (connectlab-sandbox
// --control): on 127.0.0.1 like everything else, answered 404 unless enabled.
//   GET /_sandbox/faults   200, the faults in force (SandboxFaults' JSON; {} for none)
//   PUT /_sandbox/faults   replaces them with the JSON body ({} clears): 200 with what is now in force, or
//                          400 {"error": "invalid_faults", "error_description": <what is wrong and the fix>}
// Another method gets 405 with Allow: GET, PUT.
class ControlEndpoint
{
public:
    static constexpr auto FaultsPath = "/_sandbox/faults";

    // `current` is what is in force; on a successful PUT *replacement holds the new faults and *replaced is
    // set.
    static SandboxReply answer(const HttpRequest &request, const SandboxFaults &current,
                               SandboxFaults *replacement, bool *replaced);
};

} // namespace connectlab::sandbox
