#pragma once

#include "CliOptions.h"

#include <ConnectRequest.h>

namespace connectlab {

// The options that describe a Connect link (--client-id … --profile) and how they become a request:
// the profile first, then every option given on top of it.
class LinkOptions
{
public:
    static const CliOptionGroup &group();

    // True when at least one link option was given (--json and the like do not count).
    static bool anyGiven(const CliOptions &options);

    // Builds the request the options describe. False with *error for a usage error or an unreadable
    // profile. Values are taken as given: a malformed value makes a link with errors, not a usage error,
    // so the tool can compose broken links on purpose.
    static bool toRequest(const CliOptions &options, ConnectRequest *request, QString *error);
};

} // namespace connectlab
