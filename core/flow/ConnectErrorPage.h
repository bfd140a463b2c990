#pragma once

#include <QCoreApplication>
#include <QString>

namespace connectlab::flow {

// Connect's own error pages: for some mistakes Connect never redirects, it shows a page of its own
// ("400: Invalid parameter client_id: …" when the link carries an API Client ID instead of the Application
// ID, "400: Unauthorized redirect_uri" when the redirect URI is not registered). A run that lands there
// would otherwise wait for a redirect that never comes; this recognises the page from its status, title
// and text, so the run ends at once with the reason explained.
class ConnectErrorPage
{
    Q_DECLARE_TR_FUNCTIONS(ConnectErrorPage)
public:
    enum class Kind
    {
        None,                    // not one of Connect's error pages
        InvalidClientId,         // 400: Invalid parameter client_id
        UnauthorizedRedirectUri, // 400: Unauthorized redirect_uri
        BadRequest,              // another "400: …" page
    };

    // `httpStatus` of the main frame (0 when unknown), the page's title and its visible text.
    static ConnectErrorPage recognize(int httpStatus, const QString &title, const QString &text);

    Kind kind() const { return m_kind; }
    bool isErrorPage() const { return m_kind != Kind::None; }
    // The page's own words, e.g. "400: Invalid parameter client_id: client_01HX…".
    QString message() const { return m_message; }
    // What it means and how to fix it, in a sentence or two.
    QString explanation() const;
    // "invalid_client_id", "unauthorized_redirect_uri", "bad_request", "" for None
    static QString kindName(Kind kind);

private:
    Kind m_kind = Kind::None;
    QString m_message;
};

} // namespace connectlab::flow
