#pragma once

#include "LanguageGenerator.h"

#include <QCoreApplication>

namespace connectlab {

class LinkAdjustments;

// Node.js with the `smartcar` npm package: new smartcar.AuthClient({...}).getAuthUrl(scope, options), as
// smartcar/node-sdk lib/auth-client.js (10.4.0) writes the link.
class NodeGenerator : public LanguageGenerator
{
    Q_DECLARE_TR_FUNCTIONS(NodeGenerator)
public:
    CodeLanguage language() const override { return CodeLanguage::Node; }
    GeneratedCode generate(const ConnectRequest &request, const CodeOptions &options) const override;

    // The WHATWG URL edits that turn the SDK's URL (in `urlVariable`, a URL object) into the link: shared
    // with the browser SDK's generator. `path` and `origin` are set when not empty, each after its comment.
    struct Location
    {
        QString path;
        QString pathReason;
        QString origin;
        QString originReason;
    };
    static QStringList urlEdits(const LinkAdjustments &adjustments, const QString &urlVariable,
                                const Location &location);
    // An object key: bare when it is an identifier, quoted otherwise.
    static QString objectKey(const QString &name);
};

} // namespace connectlab
