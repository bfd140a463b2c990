#include "FlagsSection.h"

#include "Catalog.h"
#include "ComboValues.h"
#include "ConnectModel.h"
#include "FieldRegistry.h"
#include "KeyValueTable.h"
#include "LinkDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

#include <algorithm>

namespace connectlab {

FlagsSection::FlagsSection(LinkDocument *doc, FieldRegistry *fields, QWidget *parent)
    : FormSection(tr("Owner and flags"), doc, fields, parent)
{
    setObjectName(QStringLiteral("flagsGroup"));
    QFormLayout *form = formLayout();

    m_country = ComboValues::searchable(this);
    m_country->setObjectName(QStringLiteral("countryCombo"));
    m_country->lineEdit()->setObjectName(QStringLiteral("countryEdit"));
    m_country->addItem(tr("Automatic (by IP)"), QString());
    QList<CountryInfo> countries = Catalog::instance().countries();
    std::sort(countries.begin(), countries.end(), [](const CountryInfo &a, const CountryInfo &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    for (const CountryInfo &c : std::as_const(countries))
        m_country->addItem(c.name + QStringLiteral(" (") + c.code + QLatin1Char(')') +
                               (c.served ? QString() : tr(", not served")),
                           c.code);
    const FlagInfo *countryInfo = Catalog::instance().flag(QStringLiteral("country"));
    m_country->setToolTip(countryInfo ? countryInfo->description : QString());
    form->addRow(rowLabel(tr("Country"), QStringLiteral("flags · country"), m_country), m_country);
    fields->addFlag(QStringLiteral("country"), m_country);

    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setPlaceholderText(tr("Your id for the vehicle owner (optional)"));
    const FlagInfo *userInfo = Catalog::instance().flag(QStringLiteral("user"));
    m_user->setToolTip(userInfo ? userInfo->description : QString());
    form->addRow(rowLabel(tr("User"), QStringLiteral("flags · user"), m_user), m_user);
    fields->addFlag(QStringLiteral("user"), m_user);

    m_externalId = new QLineEdit(this);
    m_externalId->setObjectName(QStringLiteral("externalIdEdit"));
    m_externalId->setPlaceholderText(
        tr("Your app's id for the owner, returned to you (optional; null clears it)"));
    m_externalId->setToolTip(description(QStringLiteral("external_id")));
    form->addRow(rowLabel(tr("External ID"), QStringLiteral("external_id"), m_externalId), m_externalId);
    fields->addExtra(QStringLiteral("external_id"), m_externalId);

    m_accountSync = new QCheckBox(tr("Include vehicles added later (beta)"), this);
    m_accountSync->setObjectName(QStringLiteral("accountSyncCheck"));
    const FlagInfo *syncInfo = Catalog::instance().flag(QStringLiteral("account_sync"));
    m_accountSync->setToolTip(syncInfo ? syncInfo->description : QString());
    QLabel *syncIndicator = nullptr;
    QWidget *syncBox = withIndicator(m_accountSync, &syncIndicator);
    form->addRow(rowLabel(tr("Account sync"), QStringLiteral("flags · account_sync"), m_accountSync),
                 syncBox);
    fields->addFlag(QStringLiteral("account_sync"), m_accountSync, syncIndicator);

    m_flags = new KeyValueTable(tr("Flag"), tr("Value"), this);
    m_flags->setObjectName(QStringLiteral("flagsTable"));
    m_flags->table()->setObjectName(QStringLiteral("flagsTableView"));
    m_flags->setToolTip(tr("Other flags, written as name:value in the flags parameter"));
    QLabel *indicator = nullptr;
    QWidget *flagsBox = withIndicator(m_flags, &indicator);
    form->addRow(rowLabel(tr("Other flags"), QStringLiteral("flags"), m_flags->table()), flagsBox);
    fields->setFlagsTable(m_flags, indicator);

    // Widgets → document.
    connect(m_country, &QComboBox::activated, this,
            [this](int index) { commitCountry(m_country->itemText(index)); });
    // While typing, commit only a full country name or entry ("germany", "Germany (DE)", the automatic
    // entry); a code ("de") or anything else waits for Enter or leaving the field, so "Ge" on the way
    // to "Germany" never becomes Georgia.
    connect(m_country->lineEdit(), &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString t = text.trimmed();
        if (t.size() > 2 && (t == m_country->itemText(0) ||
                             Catalog::instance().country(ComboValues::resolve(m_country, t, true))))
            commitCountry(text);
    });
    connect(m_country->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { commitCountry(m_country->currentText()); });
    connect(m_user, &QLineEdit::textEdited, this, [this](const QString &text) {
        document()->edit(tr("Edit the user"), QStringLiteral("user"), [&] { model()->setUser(text); });
    });
    connect(m_flags, &KeyValueTable::rowsEdited, this, &FlagsSection::commitOtherFlags);
    connect(m_externalId, &QLineEdit::textEdited, this, [this](const QString &text) {
        ConnectRequest next = model()->request();
        next.setExtra(QStringLiteral("external_id"), text);
        document()->edit(tr("Edit the external ID"), QStringLiteral("external_id"),
                         [&] { model()->setExtras(next.extras); });
    });
    connect(m_accountSync, &QCheckBox::clicked, this, [this](bool on) {
        ConnectRequest next = model()->request();
        next.setAccountSync(on ? QStringLiteral("true") : QString());
        document()->edit(tr("Change account sync"), QString(), [&] { model()->setFlags(next.flags); });
    });

    // Model → widgets.
    connect(model(), &ConnectModel::flagsChanged, this, &FlagsSection::showFlags);
    connect(model(), &ConnectModel::extrasChanged, this, &FlagsSection::showExternalId);
    showFlags();
    showExternalId();
}

void FlagsSection::showCountry()
{
    const QString code = model()->country();
    if (code.isEmpty()) {
        if (m_country->currentIndex() != 0 || m_country->currentText() != m_country->itemText(0)) {
            m_country->setCurrentIndex(0);
            m_country->setEditText(m_country->itemText(0));
        }
        return;
    }
    ComboValues::show(m_country, code, true);
}

void FlagsSection::showFlags()
{
    showCountry();
    showText(m_user, model()->user());
    const QString sync = model()->request().accountSync();
    m_accountSync->setChecked(sync == u"true");
    m_accountSync->setText(sync.isEmpty() || sync == u"true"
                               ? tr("Include vehicles added later (beta)")
                               : tr("Include vehicles added later (the link says \"%1\")").arg(sync));
    QList<KeyValueTable::Row> rows;
    for (const Flag &f : model()->request().otherFlags())
        rows.append({f.name, f.value});
    m_flags->setRows(rows);
}

void FlagsSection::showExternalId()
{
    showText(m_externalId, model()->request().extra(QStringLiteral("external_id")));
}

void FlagsSection::commitCountry(const QString &text)
{
    QString value = ComboValues::resolve(m_country, text, true);
    if (text.trimmed() == m_country->itemText(0))
        value.clear();
    document()->edit(tr("Change the country"), QStringLiteral("country"),
                     [&] { model()->setCountry(value); });
}

void FlagsSection::commitOtherFlags()
{
    QList<Flag> others;
    const auto rows = m_flags->rows();
    for (const KeyValueTable::Row &r : rows)
        others.append(Flag{r.first.trimmed(), r.second, !r.second.isEmpty()});
    ConnectRequest next = model()->request();
    next.setOtherFlags(others);
    document()->edit(tr("Edit the flags"), QString(), [&] { model()->setFlags(next.flags); });
}

} // namespace connectlab
