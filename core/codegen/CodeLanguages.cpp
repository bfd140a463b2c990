#include "CodeLanguages.h"

namespace connectlab {

const QList<CodeLanguage> &CodeLanguages::all()
{
    static const QList<CodeLanguage> languages = {
        CodeLanguage::Node,   CodeLanguage::BrowserJs, CodeLanguage::Python, CodeLanguage::Java,
        CodeLanguage::Ruby,   CodeLanguage::Go,        CodeLanguage::Swift,  CodeLanguage::Kotlin,
        CodeLanguage::RawUrl, CodeLanguage::Curl,
    };
    return languages;
}

QString CodeLanguages::key(CodeLanguage language)
{
    switch (language) {
    case CodeLanguage::Node:
        return QStringLiteral("node");
    case CodeLanguage::BrowserJs:
        return QStringLiteral("js");
    case CodeLanguage::Python:
        return QStringLiteral("python");
    case CodeLanguage::Java:
        return QStringLiteral("java");
    case CodeLanguage::Ruby:
        return QStringLiteral("ruby");
    case CodeLanguage::Go:
        return QStringLiteral("go");
    case CodeLanguage::Swift:
        return QStringLiteral("swift");
    case CodeLanguage::Kotlin:
        return QStringLiteral("kotlin");
    case CodeLanguage::RawUrl:
        return QStringLiteral("raw");
    case CodeLanguage::Curl:
        return QStringLiteral("curl");
    }
    Q_UNREACHABLE();
}

std::optional<CodeLanguage> CodeLanguages::fromKey(QStringView key)
{
    for (CodeLanguage language : all())
        if (CodeLanguages::key(language) == key)
            return language;
    return std::nullopt;
}

QStringList CodeLanguages::keys()
{
    QStringList out;
    for (CodeLanguage language : all())
        out.append(key(language));
    return out;
}

QString CodeLanguages::displayName(CodeLanguage language)
{
    switch (language) {
    case CodeLanguage::Node:
        return tr("Node.js — smartcar");
    case CodeLanguage::BrowserJs:
        return tr("Browser JavaScript — @smartcar/auth");
    case CodeLanguage::Python:
        return tr("Python — smartcar");
    case CodeLanguage::Java:
        return tr("Java — java-sdk");
    case CodeLanguage::Ruby:
        return tr("Ruby — smartcar gem");
    case CodeLanguage::Go:
        return tr("Go — go-sdk");
    case CodeLanguage::Swift:
        return tr("iOS (Swift) — SmartcarAuth");
    case CodeLanguage::Kotlin:
        return tr("Android (Kotlin) — smartcar-auth");
    case CodeLanguage::RawUrl:
        return tr("Raw URL (JavaScript, no SDK)");
    case CodeLanguage::Curl:
        return tr("curl — token request");
    }
    Q_UNREACHABLE();
}

QString CodeLanguages::package(CodeLanguage language)
{
    switch (language) {
    case CodeLanguage::Node:
        return QStringLiteral("smartcar 10.4.0 (npm)");
    case CodeLanguage::BrowserJs:
        return QStringLiteral("@smartcar/auth 2.14.1 (npm)");
    case CodeLanguage::Python:
        return QStringLiteral("smartcar 6.17.0 (PyPI)");
    case CodeLanguage::Java:
        return QStringLiteral("com.smartcar.sdk:java-sdk 4.8.1");
    case CodeLanguage::Ruby:
        return QStringLiteral("smartcar 3.9.5 (gem)");
    case CodeLanguage::Go:
        return QStringLiteral("github.com/smartcar/go-sdk v1.4.0");
    case CodeLanguage::Swift:
        return QStringLiteral("SmartcarAuth 6.5.0 (Swift Package Manager, CocoaPods)");
    case CodeLanguage::Kotlin:
        return QStringLiteral("com.smartcar.sdk:smartcar-auth 4.1.1");
    case CodeLanguage::RawUrl:
        return QString();
    case CodeLanguage::Curl:
        return QStringLiteral("curl");
    }
    Q_UNREACHABLE();
}

QString CodeLanguages::source(CodeLanguage language)
{
    switch (language) {
    case CodeLanguage::Node:
        return QStringLiteral("smartcar/node-sdk lib/auth-client.js, lib/util.js");
    case CodeLanguage::BrowserJs:
        return QStringLiteral("smartcar/javascript-sdk src/sdk.js");
    case CodeLanguage::Python:
        return QStringLiteral("smartcar/python-sdk smartcar/auth_client.py, smartcar/config.py");
    case CodeLanguage::Java:
        return QStringLiteral("smartcar/java-sdk src/main/java/com/smartcar/sdk/AuthClient.java");
    case CodeLanguage::Ruby:
        return QStringLiteral("smartcar/ruby-sdk lib/smartcar/auth_client.rb");
    case CodeLanguage::Go:
        return QStringLiteral("smartcar/go-sdk authentication.go, smartcar.go");
    case CodeLanguage::Swift:
        return QStringLiteral(
            "smartcar/ios-sdk SmartcarAuth/SCUrlBuilder.swift, SmartcarAuth/SmartcarAuth.swift");
    case CodeLanguage::Kotlin:
        return QStringLiteral("smartcar/android-sdk smartcar-auth/src/androidMain/kotlin/com/smartcar/sdk/"
                              "SmartcarAuth.kt");
    case CodeLanguage::RawUrl:
        return QStringLiteral("Connect Lab's UrlBuilder");
    case CodeLanguage::Curl:
        return QStringLiteral(
            "Smartcar's token endpoints (connect-facts: Token exchange, API Authentication)");
    }
    Q_UNREACHABLE();
}

} // namespace connectlab
