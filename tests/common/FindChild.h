#pragma once

#include <QObject>
#include <QtGlobal>

namespace connectlab::test {

// The child widget (or object) a test drives, found by its objectName; warns when there is none, so a
// renamed widget fails with its name rather than a null dereference.
template <typename T> T *child(const QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

} // namespace connectlab::test
