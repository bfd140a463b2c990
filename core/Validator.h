#pragma once

#include "AppRegistration.h"
#include "ConnectRequest.h"
#include "Diagnostic.h"

#include <QCoreApplication>

namespace connectlab {

// Says what is wrong with a request, on which field, and how to fix it. Rules, codes and wording are
// listed in Validator.cpp; every code is stable (tests and the CLI's JSON rely on it).
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Validator)
public:
    static Diagnostics validate(const ConnectRequest &request);
    // The link length rule needs the built URL; validate() builds it itself, this avoids building twice.
    static Diagnostics validate(const ConnectRequest &request, const QString &builtUrl);
    // With the apps the target knows (the local sandbox's): also says when it will refuse the client id or
    // the redirect URI (client-id-not-registered, redirect-uri-not-registered).
    static Diagnostics validate(const ConnectRequest &request, const QString &builtUrl,
                                const Registrations *registrations);
};

} // namespace connectlab
