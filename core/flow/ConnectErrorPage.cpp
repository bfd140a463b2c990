#include "ConnectErrorPage.h"

#include <QRegularExpression>

namespace connectlab::flow {

ConnectErrorPage ConnectErrorPage::recognize(int httpStatus, const QString &title, const QString &text)
{
    static const QRegularExpression line(QStringLiteral("400:\\s*[^\\n]{1,300}"));
    static const QRegularExpression clientId(QStringLiteral("^400:\\s*Invalid parameter client_id\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression redirectUri(QStringLiteral("^400:\\s*Unauthorized redirect_uri\\b"),
                                                QRegularExpression::CaseInsensitiveOption);
    ConnectErrorPage page;
    // The page's headline: in the title or the text (the first "400: …" line of either).
    QString headline;
    for (const QString &source : {title, text}) {
        const QRegularExpressionMatch m = line.match(source);
        if (m.hasMatch()) {
            headline = m.captured(0).trimmed();
            break;
        }
    }
    if (headline.isEmpty())
        return page;
    if (clientId.match(headline).hasMatch())
        page.m_kind = Kind::InvalidClientId;
    else if (redirectUri.match(headline).hasMatch())
        page.m_kind = Kind::UnauthorizedRedirectUri;
    else if (httpStatus == 400 || httpStatus == 0)
        page.m_kind = Kind::BadRequest;
    else
        return page;
    page.m_message = headline;
    return page;
}

QString ConnectErrorPage::explanation() const
{
    switch (m_kind) {
    case Kind::InvalidClientId:
        return tr(
            "Connect does not know this client_id. If it starts with client_, it is the API Client ID: the "
            "link needs the Application ID (a UUID, Dashboard → Configuration → Application details); the "
            "client_… value belongs in your server's token request. Otherwise copy the Application ID from "
            "the Dashboard again.");
    case Kind::UnauthorizedRedirectUri:
        return tr(
            "The redirect_uri is not registered for this application: add it on the Dashboard (Configuration "
            "→ Redirect URIs), or use one that is registered, exactly as written there.");
    case Kind::BadRequest:
        return tr(
            "Connect refused the link before showing any screen. Read the page's message and the link's "
            "diagnostics in the composer.");
    case Kind::None:
        break;
    }
    return QString();
}

QString ConnectErrorPage::kindName(Kind kind)
{
    switch (kind) {
    case Kind::InvalidClientId:
        return QStringLiteral("invalid_client_id");
    case Kind::UnauthorizedRedirectUri:
        return QStringLiteral("unauthorized_redirect_uri");
    case Kind::BadRequest:
        return QStringLiteral("bad_request");
    case Kind::None:
        break;
    }
    return QString();
}

} // namespace connectlab::flow
