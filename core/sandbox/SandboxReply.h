#pragma once

#include "FormData.h"
#include "http/HttpResponse.h"

#include <QJsonObject>
#include <QString>

namespace connectlab::sandbox {

// What an endpoint answers: the response, and a few words on what it came to for the request log
// ("redirect with code", "token error: invalid_grant (…)"). The builders set the headers every answer of
// its kind carries.
struct SandboxReply
{
    HttpResponse response;
    QString summary;

    // A sandbox page: self-contained under a strict Content-Security-Policy; `formAction` adds a source
    // to form-action (the redirect URI's origin: Chromium applies form-action to the 302 after a post).
    static SandboxReply html(const QByteArray &body, int status, const QString &summary,
                             const QString &formAction = {});
    // 302 to the redirect URI with `params` added to its query.
    static SandboxReply redirect(const QString &redirectUri, const FormData &params, const QString &summary);
    static SandboxReply json(const QJsonObject &object, int status, const QString &summary);
    static SandboxReply methodNotAllowed(const QByteArray &allow);

    // A CSP source for the redirect URI's origin ("https://app.example.com:8443", "myapp:"), or "".
    static QString formActionSource(const QString &redirectUri);
    // The redirect URI with `params` appended to its query, its fragment dropped.
    static QByteArray redirectLocation(const QString &redirectUri, const FormData &params);
};

} // namespace connectlab::sandbox
