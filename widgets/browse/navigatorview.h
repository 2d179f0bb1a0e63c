// SPDX-License-Identifier: MIT
// The list of sections (Overview, Guarantees, Scenarios ...), with counts and how many of
// each are linked to the current item.
#pragma once

#include "content/briefing.h"

#include <QListView>

namespace bv {

class Selection;
class SectionListModel;

class NavigatorView final : public QListView
{
    Q_OBJECT
public:
    explicit NavigatorView(Selection *selection, QWidget *parent = nullptr);
    void showSection(ItemKind kind);
    SectionListModel *sectionModel() const { return m_model; }

signals:
    void sectionChosen(bv::ItemKind kind);

protected:
    void changeEvent(QEvent *event) override;

private:
    SectionListModel *m_model;
};

} // namespace bv
