// SPDX-License-Identifier: MIT
// A stop's time budget as minutes and seconds ("2:30"): typed, or stepped by 15 seconds with
// the arrows, Up and Down (Page Up and Down: a minute). 0 is no budget, shown as such.
#pragma once

#include <QSpinBox>

namespace bv {

class BudgetSpinBox final : public QSpinBox
{
    Q_OBJECT
public:
    explicit BudgetSpinBox(QWidget *parent = nullptr);

protected:
    QString textFromValue(int seconds) const override;
    int valueFromText(const QString &text) const override;
    QValidator::State validate(QString &text, int &pos) const override;
    void stepBy(int steps) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
};

} // namespace bv
