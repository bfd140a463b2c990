#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace connectlab {

// The languages Connect Lab writes the link in: each official Smartcar SDK, the link built by hand, and curl
// for the token step.
enum class CodeLanguage : quint8
{
    Node,      // smartcar (npm): AuthClient.getAuthUrl
    BrowserJs, // @smartcar/auth (npm, browser): new Smartcar({...}).getAuthUrl
    Python,    // smartcar (PyPI): AuthClient.get_auth_url
    Java,      // com.smartcar.sdk:java-sdk: AuthClient.authUrlBuilder
    Ruby,      // smartcar (gem): Smartcar::AuthClient#get_auth_url
    Go,        // github.com/smartcar/go-sdk: Auth.GetAuthURL
    Swift,     // SmartcarAuth (iOS): SCUrlBuilder
    Kotlin,    // com.smartcar.sdk:smartcar-auth (Android): SmartcarAuth.AuthUrlBuilder
    RawUrl,    // JavaScript without an SDK: the link itself, byte for byte
    Curl,      // the token request of either authentication model
};

// Names and facts about the languages: the command-line key ("node"), the name a picker shows, the package
// and the SDK source the generator follows.
class CodeLanguages
{
    Q_DECLARE_TR_FUNCTIONS(CodeLanguages)
public:
    static const QList<CodeLanguage> &all();
    static QString key(CodeLanguage language); // "node", "js", "python", … "raw", "curl"
    static std::optional<CodeLanguage> fromKey(QStringView key);
    static QStringList keys();
    static QString displayName(CodeLanguage language); // "Node.js — smartcar"
    // The package and version the generated code is written against ("smartcar 10.4.0 (npm)").
    static QString package(CodeLanguage language);
    // The SDK source the generator follows: "smartcar/node-sdk lib/auth-client.js".
    static QString source(CodeLanguage language);
};

} // namespace connectlab
