#pragma once

#include <QString>

class QComboBox;
class QWidget;

namespace connectlab {

// How the form's combo boxes show and read parameter values. Items carry the parameter value as their
// data; a value the combo does not offer (from an imported link) gets an item of its own, marked as coming
// from the link, so nothing a link says is hidden or lost.
namespace ComboValues {

// A fixed-choice combo (mode, approval prompt…) that does not grow with its longest item.
void makeShrinkable(QComboBox *combo);
// An editable combo with a contains-filter completer (make, country).
QComboBox *searchable(QWidget *parent);
// Selects the item whose data is `value`, adding a "(from the link)" item for a value it does not offer.
void select(QComboBox *combo, const QString &value);
// The value typed into an editable combo: an item's text, its data in any case, or (allowName) the name
// before " (" ("Germany" for "Germany (DE)"); otherwise the text as typed.
QString resolve(const QComboBox *combo, const QString &text, bool allowName);
// Shows `value` in an editable combo without disturbing what the user is typing when it already means it.
void show(QComboBox *combo, const QString &value, bool allowName);

} // namespace ComboValues

} // namespace connectlab
