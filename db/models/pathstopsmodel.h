// SPDX-License-Identifier: MIT
// The stops of one briefing path as a list, for the path editor: each row a stop (its title
// as text, its kind, time budget and speaker notes as roles). When the path may be edited
// (one of the user's), titles, notes and budgets can be set through the model, stops moved
// (moveRows, and by drag and drop within the list through the model's own MIME type), added
// and removed; each change is announced by edited(), after which path() holds the path as
// changed, for its owner to save. A path of the briefing's or the default path is shown and
// never changed.
#pragma once

#include "content/briefingpath.h"

#include <QAbstractListModel>

namespace bv {

class PathStopsModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 300, // int(PathStop::Kind)
        KindNameRole,                  // QString: "Chart", "Overview" …, translated
        TitleRole,                     // QString, as written (DisplayRole: "Untitled stop" for none)
        NumberedTitleRole,             // QString: "3. Title", as listed (also AccessibleTextRole)
        NotesRole,                     // QString: the speaker notes' Markdown
        BudgetRole,                    // int seconds, or an invalid QVariant for none
        ItemIdRole                     // QString: the stop's item, chart or series
    };
    // The MIME type of dragged stops: the rows, as text ("3,5"), of this model only.
    static QLatin1String mimeType();

    explicit PathStopsModel(QObject *parent = nullptr);

    // Shows `path`. The same path (id and origin) with as many stops keeps the rows (those from the
    // first changed to the last announced in one signal), so that a view keeps its current row;
    // another resets the model.
    void setPath(const BriefingPath &path);
    const BriefingPath &path() const { return m_path; }
    // Whether the stops may be changed through the model (only the user's paths may).
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    PathStop stop(int row) const { return m_path.stops.value(row); }
    // Replaces, inserts or removes a whole stop (editable only; false otherwise or out of range).
    bool setStop(int row, const PathStop &stop);
    bool insertStop(int row, const PathStop &stop);
    bool removeStop(int row);

    // A budget as "m:ss" ("2:30", "75:00"); and back from "m:ss", "m" or ":ss", nothing when
    // the text is not a time within BriefingPath's limit.
    static QString budgetText(int seconds);
    static std::optional<int> parseBudget(const QString &text);
    static QString kindName(PathStop::Kind kind);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    // Moves the dragged rows before `row` (or onto the row of `parent`, or to the end).
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // A stop was changed, moved, added or removed through the model: path() holds the result.
    void edited();

private:
    QVector<int> draggedRows(const QMimeData *data) const;
    void numbersChanged(int first, int last);

    BriefingPath m_path;
    bool m_editable = false;
    bool m_batch = false; // moving several dragged rows
};

} // namespace bv
