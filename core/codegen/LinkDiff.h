#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace connectlab {

class LinkImport;

// One difference that changes what a link does, explained in one sentence.
struct LinkDifference
{
    // The parameter ("mode", "scope", "flags.country"), or "origin" / "endpoint" for where the link goes.
    QString parameter;
    // Machine-readable: changed, only-left, only-right, required-changed, entry-only-left, entry-only-right,
    // count-changed, order-changed.
    QString code;
    QString left;  // the value on the left ("" when the left has none)
    QString right; // the value on the right
    QString message;
    friend bool operator==(const LinkDifference &, const LinkDifference &) = default;
};

struct LinkDiffOptions
{
    bool strictOrder = false; // the order of scope entries and of flags counts
};

// One row of the side-by-side view: a parameter with both sides' decoded values and what differs.
struct LinkDiffRow
{
    QString parameter;
    QStringList left; // every value the left link has for it, in order (empty when absent)
    QStringList right;
    QStringList messages; // the differences' sentences; empty when both mean the same
    QString note;         // what differs without changing the meaning ("", or one sentence)
    bool differs() const { return !messages.isEmpty(); }
};

// Two Connect links (any form UrlParser reads: a URL written by any SDK, a bare query string) compared
// parameter by parameter. What does not change what Connect does is ignored (and said in notes()): parameter
// order, '+' or %20 and other encodings, the order of scope entries and of flags (unless strictOrder),
// application_id for client_id, a left-out parameter whose Connect default the other side spells out. What
// does is a difference with a sentence: a missing required:, another mode, another redirect URI, a changed
// state, a parameter only on one side, another origin or endpoint.
class LinkDiff
{
    Q_DECLARE_TR_FUNCTIONS(LinkDiff)
public:
    using Options = LinkDiffOptions;

    static LinkDiff compare(const QString &left, const QString &right, const Options &options = {});
    static LinkDiff compare(const LinkImport &left, const LinkImport &right, const Options &options = {});

    // False when a side is not a link at all: error() says which and why.
    bool isOk() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    bool same() const { return isOk() && m_differences.isEmpty(); }
    const QList<LinkDifference> &differences() const { return m_differences; }
    const QList<LinkDiffRow> &rows() const { return m_rows; }
    // What differs without changing the meaning, one sentence each.
    const QStringList &notes() const { return m_notes; }

private:
    QString m_error;
    QList<LinkDifference> m_differences;
    QList<LinkDiffRow> m_rows;
    QStringList m_notes;
};

} // namespace connectlab
