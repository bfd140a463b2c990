#pragma once

#include <QList>
#include <QString>

namespace connectlab {

// One stretch of a link as the link view draws it: the origin and path (name empty), or one `name=value`
// pair, in the link's own text (not decoded).
struct LinkSegment
{
    int start = 0;
    int length = 0;
    int nameLength = 0; // the "name" part of "name=value"
    QString name;       // "" for the origin/path part

    // Cuts a link into its segments (linear, no decoding).
    static QList<LinkSegment> split(const QString &url);
};

} // namespace connectlab
