#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace connectlab {

// What a Connect server knows of the apps that may use it: the client ids (Application IDs) and the
// redirect URIs registered for each. Smartcar's Dashboard holds this for Smartcar Connect; for the local
// sandbox Connect Lab knows it, so the validator can tell before a run that the sandbox will refuse a link.
struct AppRegistration
{
    QString clientId; // the id a link carries (client_id, or application_id)
    QString name;
    QStringList redirectUris; // the first one is the default
    friend bool operator==(const AppRegistration &, const AppRegistration &) = default;
};

struct Registrations
{
    QString where; // "the local sandbox", for the messages
    QList<AppRegistration> apps;

    const AppRegistration *app(const QString &clientId) const
    {
        for (const AppRegistration &a : apps)
            if (a.clientId == clientId)
                return &a;
        return nullptr;
    }
    friend bool operator==(const Registrations &, const Registrations &) = default;
};

} // namespace connectlab
