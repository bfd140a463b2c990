#pragma once

#include "ConnectRequest.h"

#include <QList>
#include <QString>

namespace connectlab {

// What a request means parameter by parameter: every parameter the link writes (in link order, extras
// last) and, after them, the fields it leaves out where something still applies (a Connect default or a
// Dashboard setting). The decoded view and the CLI's explain both show this; neither decides it.
struct EffectiveParameter
{
    enum class Source
    {
        SetByYou,         // written, with a value of the request's own
        ConnectDefault,   // written, and equal to what Connect would use anyway (an always-written default)
        KeptAsIs,         // an extra Connect Lab does not know, written back as it came
        NotSentDefault,   // not in the link: Connect uses its default (`value`)
        NotSentDashboard, // not in the link: the Dashboard setting `value` describes applies
    };

    QString name;
    QString value;
    Source source = Source::SetByYou;

    bool isSent() const { return source != Source::NotSentDefault && source != Source::NotSentDashboard; }
    friend bool operator==(const EffectiveParameter &, const EffectiveParameter &) = default;
};

class EffectiveParameters
{
public:
    static QList<EffectiveParameter> of(const ConnectRequest &request);
};

} // namespace connectlab
