#pragma once

#include "CodeLanguages.h"
#include "ConnectRequest.h"
#include "LinkAdjustments.h"

#include <QString>
#include <QStringList>

namespace connectlab {

// The code a generator wrote for one request, and what it could not say with the SDK's own options.
struct GeneratedCode
{
    CodeLanguage language = CodeLanguage::Node;
    QString code;
    // One sentence per thing the SDK has no option for (set on the URL it returns, or left as the SDK writes
    // it), in the order the code meets them. Empty when the SDK expresses the whole link.
    QStringList notes;
    // True when running the code gives a link with exactly Connect Lab's parameters (names and decoded
    // values, in any order). False when the SDK insists on something of its own (@smartcar/auth wraps state,
    // the iOS SDK adds sdk_platform and sdk_version): `notes` says what.
    bool exactLink = true;
    // What the SDK's own call writes, decoded, in its order, before the code's URL edits (as the SDK's source
    // writes it; a value the code reads from the environment is SdkLinkModel::fromEnvironment()). Empty for
    // the raw URL and curl.
    QList<Parameter> sdkParameters;
    // What the code then sets on the URL the SDK returns, each with its reason (its comment in the code).
    QList<LinkAdjustment> urlEdits;
};

} // namespace connectlab
