#pragma once

#include <QString>

namespace connectlab {

// The connectlab: URL scheme, which the desktop hands to Connect Lab: connectlab://open?url=<a Connect link,
// percent-encoded>. Where such a link is read and written; the command line, the running window and
// "Copy as Connect Lab link" all ask it.
class ConnectLabLink
{
public:
    static constexpr const char *Scheme = "connectlab";

    struct Parsed
    {
        bool ok = false;
        QString link;  // the Connect link it carries, decoded
        QString error; // when not ok: what is wrong and how to fix it
    };

    // True for any "connectlab:" text (case-insensitive scheme), valid or not.
    static bool isConnectLabLink(const QString &text);
    static Parsed parse(const QString &text);
    // connectlab://open?url=… for `link`, everything but unreserved characters percent-encoded.
    static QString build(const QString &link);
};

} // namespace connectlab
