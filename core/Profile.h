#pragma once

#include "ConnectRequest.h"

#include <QJsonObject>
#include <QString>

namespace connectlab {

// The JSON format of a saved request (and, later, app settings that ride along):
// { "format": "connectlab-profile", "version": 1, "name": "…", "request": { … }, "settings": { … } }
// Secrets (client secret, tokens, codes) are never part of it.
struct Profile
{
    QString name;
    ConnectRequest request;
    QJsonObject settings; // free-form, for the UI (e.g. the target, "new state every run")

    static QJsonObject requestToJson(const ConnectRequest &request);
    static ConnectRequest requestFromJson(const QJsonObject &json);

    QJsonObject toJson() const;
    // Returns false and sets *error (what is wrong and where) for anything that is not a profile.
    static bool fromJson(const QJsonObject &json, Profile *out, QString *error);

    // Atomic write (QSaveFile); creates the parent folder.
    bool save(const QString &path, QString *error) const;
    static bool load(const QString &path, Profile *out, QString *error);
};

} // namespace connectlab
