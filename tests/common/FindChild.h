#pragma once

// Finds a child widget (or object) by its objectName for a widget test; a missing child ends the test run
// with its name, since it means the test and the widget disagree. Header-only, for any test.

#include <QObject>
#include <QString>
#include <QtGlobal>

namespace connectlab::test {

template <typename T> T *child(const QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

} // namespace connectlab::test
