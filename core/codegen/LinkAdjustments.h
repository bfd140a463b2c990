#pragma once

#include "ConnectRequest.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace connectlab {

// One change a generator makes to the URL an SDK returns, so that it becomes Connect Lab's link.
struct LinkAdjustment
{
    enum class Kind : quint8
    {
        Set,    // remove every occurrence, then add `values` (the SDK writes another value)
        Remove, // the SDK writes a parameter the link does not have
        Append, // the SDK has no option for it: add `values` after what the SDK wrote
    };
    Kind kind = Kind::Append;
    QString name;
    QStringList values;
    QString reason; // one sentence: why the SDK's options cannot say it
};

// What has to change on the parameters an SDK writes (as its source writes them, for the options a generator
// chose) to get the parameters Connect Lab's link has. Parameters are compared by name and decoded value
// list, never by order or encoding: an SDK's own order is fine.
class LinkAdjustments
{
    Q_DECLARE_TR_FUNCTIONS(LinkAdjustments)
public:
    struct Rules
    {
        QString method; // the SDK call the sentences name: "getAuthUrl"
        // Parameters the SDK owns and the code leaves as the SDK writes them (@smartcar/auth's wrapped state,
        // the iOS SDK's sdk_platform): never adjusted.
        QSet<QString> tolerated;
        // The SDK sends the client id as application_id (Connect reads both): the same as client_id.
        bool applicationIdIsClientId = false;
        // Why, per parameter name, when the generator knows better than the generic sentence.
        QHash<QString, QString> reasons;
    };

    static LinkAdjustments between(const QList<Parameter> &sdk, const QList<Parameter> &wanted,
                                   const Rules &rules);

    const QList<LinkAdjustment> &list() const { return m_list; }
    bool isEmpty() const { return m_list.isEmpty(); }
    // The names a Set or Remove takes out (in order), and the Set and Append values to add, in order.
    QStringList removedNames() const;
    QList<Parameter> added() const;
    // Each adjustment's reason, in order, repeats removed.
    QStringList reasons() const;
    // The reason of the adjustment about `name` ("" when there is none).
    QString reasonFor(const QString &name) const;

private:
    QList<LinkAdjustment> m_list;
};

} // namespace connectlab
