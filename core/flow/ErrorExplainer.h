#pragma once

#include <QString>
#include <QStringList>

namespace connectlab::flow {

struct ErrorExplanation
{
    QString error;      // the code as it came back, e.g. "vehicle_incompatible"
    bool known = false; // one Connect documents
    QString title;      // a few words: "the vehicle is not supported"
    QString meaning;    // what happened, in plain words
    QString nextStep;   // what to do now
    QStringList extras; // parameters that may come with it ("vin", "make" …, "status_code" …)
};

// Every error Connect sends back to the redirect URI (connect-facts.md, "What comes back to redirect_uri"),
// and the OAuth ones a misbehaving server might send, explained for a developer.
class ErrorExplainer
{
public:
    static ErrorExplanation explain(const QString &error);
    // The error codes explain() knows, Connect's first.
    static QStringList knownErrors();
};

} // namespace connectlab::flow
