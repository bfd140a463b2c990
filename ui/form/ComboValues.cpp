#include "ComboValues.h"

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>

namespace connectlab::ComboValues {

namespace {

constexpr int ImportedRole = Qt::UserRole + 10;

} // namespace

void makeShrinkable(QComboBox *combo)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
}

QComboBox *searchable(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setMaxVisibleItems(15);
    makeShrinkable(combo);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    return combo;
}

void select(QComboBox *combo, const QString &value)
{
    int index = combo->findData(value);
    if (index < 0) {
        for (int k = combo->count() - 1; k >= 0; --k)
            if (combo->itemData(k, ImportedRole).toBool())
                combo->removeItem(k);
        combo->addItem(
            QCoreApplication::translate("ComboValues", "%1 (from the link)")
                .arg(value.isEmpty() ? QCoreApplication::translate("ComboValues", "empty") : value),
            value);
        index = combo->count() - 1;
        combo->setItemData(index, true, ImportedRole);
    }
    if (combo->currentIndex() != index)
        combo->setCurrentIndex(index);
}

QString resolve(const QComboBox *combo, const QString &text, bool allowName)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    int index = combo->findText(t, Qt::MatchFixedString);
    if (index < 0)
        index = combo->findData(t.toUpper());
    if (index < 0 && allowName) {
        for (int i = 0; i < combo->count(); ++i) {
            const QString item = combo->itemText(i);
            const qsizetype paren = item.indexOf(QStringLiteral(" ("));
            if (paren > 0 && item.left(paren).compare(t, Qt::CaseInsensitive) == 0) {
                index = i;
                break;
            }
        }
    }
    return index >= 0 ? combo->itemData(index).toString() : t;
}

void show(QComboBox *combo, const QString &value, bool allowName)
{
    if (resolve(combo, combo->currentText(), allowName) == value && !combo->currentText().isEmpty())
        return;
    const int index = value.isEmpty() ? -1 : combo->findData(value);
    if (index >= 0) {
        if (combo->currentIndex() != index)
            combo->setCurrentIndex(index);
        combo->setEditText(combo->itemText(index));
    } else {
        combo->setCurrentIndex(-1);
        if (combo->currentText() != value)
            combo->setEditText(value);
    }
}

} // namespace connectlab::ComboValues
