// SPDX-License-Identifier: MIT
#include "library/itemtext.h"

#include "content/itemfields.h"
#include "file/briefingdatabase.h"
#include "file/sqliteconnection.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

namespace bv {

QString ItemText::of(const BriefingDatabase &database, const QString &id)
{
    const Briefing &b = database.briefing();
    QString label;
    if (b.seriesOfPointId(id, &label) >= 0) {
        const int row = b.seriesOfPointId(id);
        const auto point = database.point(b.series.at(row).id, label);
        if (!point)
            return {};
        return QStringLiteral("label: ") + point->label + QStringLiteral("\nvalue: ")
               + (point->value ? QString::number(*point->value, 'g', 17) : QString()) + QStringLiteral("\nnote: ")
               + point->note + QStringLiteral("\nsource: ") + point->sourceId;
    }
    ItemKind kind = ItemKind::Briefing;
    if (id != b.metadata.id) {
        const auto ref = b.find(id);
        if (!ref)
            return {};
        kind = ref->kind;
    }
    const QVector<const ItemField *> fields = ItemFields::of(kind);
    QStringList columns;
    for (const ItemField *field : fields)
        columns << field->fieldName();
    // Names from the field table only; the id is bound.
    QSqlQuery q(database.connection().database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM ")
              + ItemFields::table(kind) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    QString text;
    for (int i = 0; i < fields.size(); ++i) {
        if (i)
            text += QLatin1Char('\n');
        text += columns.at(i) + QStringLiteral(": ") + q.value(i).toString();
    }
    return text;
}

QString ItemText::hash(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex());
}

} // namespace bv
