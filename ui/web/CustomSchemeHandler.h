#pragma once

#include <QStringList>
#include <QUrl>
#include <QWebEngineUrlSchemeHandler>

namespace connectlab::web {

// Serves the custom schemes a redirect URI may use (`sc<clientId>://…` and the like), so WebEngine treats a
// redirect to them as a navigation FlowPage can catch instead of dropping it. A request that still reaches
// the handler (a navigation that did not match the run's redirect URI, or a sub-resource) is reported and
// answered with a small page; nothing leaves the app.
//
// Schemes must be registered with registerScheme() before QApplication exists (QWebEngineUrlScheme's rule).
class CustomSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
public:
    explicit CustomSchemeHandler(QObject *parent = nullptr);

    // A scheme a redirect URI may use and WebEngine does not already know: not http(s), file, data, about,
    // blob, javascript, ws(s), qrc …, and valid per RFC 3986 (`ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`).
    static bool isCustomScheme(const QString &scheme);
    // Registers `scheme` (lower-cased) with QWebEngineUrlScheme. Only works before QApplication exists;
    // returns false for a scheme that is not custom. Registering twice is harmless.
    static bool registerScheme(const QString &scheme);
    // The schemes registered through registerScheme(), lower case.
    static QStringList registeredSchemes();
    // True when WebEngine knows `scheme` (registered before QApplication).
    static bool isRegistered(const QString &scheme);

    void requestStarted(QWebEngineUrlRequestJob *job) override;

Q_SIGNALS:
    void requested(const QUrl &url);
};

} // namespace connectlab::web
