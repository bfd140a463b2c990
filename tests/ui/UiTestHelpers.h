#pragma once

#include "FieldDecorator.h"

#include <QLineEdit>
#include <QTest>
#include <QWidget>

namespace connectlab::testing {

// Replaces the text of a field the way a user does: select all, then type (textEdited fires per key).
inline void retype(QWidget *field, const QString &text)
{
    QLineEdit *edit = FieldDecorator::lineEditOf(field);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
}

template <typename T> T *child(const QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

} // namespace connectlab::testing
