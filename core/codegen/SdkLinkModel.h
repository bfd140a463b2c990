#pragma once

#include "LinkAdjustments.h"

#include <QCoreApplication>

namespace connectlab {

// What an SDK's URL builder writes for the options a generator chose, told the way the SDK's source writes it
// (name, decoded value, in the SDK's order), and why the generator could not say the rest. The generator then
// asks for the adjustments that turn the SDK's URL into Connect Lab's link, and for the sentences the code's
// comments and the Code tab's note line show.
class SdkLinkModel
{
    Q_DECLARE_TR_FUNCTIONS(SdkLinkModel)
public:
    // `method` names the SDK call in the sentences ("getAuthUrl").
    SdkLinkModel(const ConnectRequest &request, const QString &method);

    const ConnectRequest &request() const { return m_request; }
    // Connect Lab's link, decoded: what the code must end up with.
    const QList<Parameter> &wanted() const { return m_wanted; }

    // The SDK writes name=value (in this order).
    void write(const QString &name, const QString &value);
    bool writes(const QString &name) const;
    const QList<Parameter> &sdkParameters() const { return m_sdk; }
    // Why `name` cannot be said with the SDK's options (replaces the generic sentence).
    void because(const QString &name, const QString &reason);
    // The SDK writes `name` its own way and the code leaves it so; `why` says how (a note).
    void tolerate(const QString &name, const QString &why);
    void setApplicationIdIsClientId(bool on) { m_rules.applicationIdIsClientId = on; }
    // Anything else the code cannot say exactly, or does another way (the origin, the endpoint).
    void note(const QString &sentence);

    LinkAdjustments adjustments() const;
    // The notes, then the adjustments' reasons: what the note line shows.
    QStringList notes() const;
    // False when a tolerated parameter differs from the link's.
    bool exact() const;

    // The first extra called `name` ("" when there is none): extras an SDK has an option for (user,
    // external_id).
    QString firstExtra(const QString &name) const { return m_request.extra(name); }
    bool isDefaultOrigin() const;
    // Whether every flag is name:value with a name used once: what a flags object or map can hold.
    bool flagsFitAMap() const;
    static bool isBooleanText(const QString &value) { return value == u"true" || value == u"false"; }

    // A placeholder the SDK writes for a value the code reads from the environment (the link has none).
    static QString fromEnvironment() { return QStringLiteral("\x01from-environment"); }

private:
    ConnectRequest m_request;
    QList<Parameter> m_wanted;
    QList<Parameter> m_sdk;
    LinkAdjustments::Rules m_rules;
    QStringList m_notes;
    QList<QPair<QString, QString>> m_tolerated; // name, why
    QStringList valuesOf(const QList<Parameter> &parameters, const QString &name) const;
    QStringList toleratedNotes() const;
};

} // namespace connectlab
