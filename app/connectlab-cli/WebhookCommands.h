#pragma once

#include "CliCommand.h"

namespace connectlab {

// connectlab-cli webhook: for developers writing their own webhook receiver, the known-good answers to
// compare theirs with (core's WebhookSignature): the VERIFY challenge's answer, and whether an SC-Signature
// is right for a body. The Application Management Token comes only from the environment (--token-env).
class WebhookCommands
{
public:
    static CliCommand webhookCommand();
    static int webhook(const CliCommand &command, const CliOptions &options, CliIo &io);
};

} // namespace connectlab
