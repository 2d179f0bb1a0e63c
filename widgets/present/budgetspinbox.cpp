// SPDX-License-Identifier: MIT
#include "present/budgetspinbox.h"

#include "content/briefingpath.h"
#include "models/pathstopsmodel.h"

#include <QEvent>
#include <QRegularExpression>

namespace bv {

BudgetSpinBox::BudgetSpinBox(QWidget *parent)
    : QSpinBox(parent)
{
    setRange(0, BriefingPath::maxBudgetSeconds);
    setSingleStep(15);
    setAccelerated(true);
    setKeyboardTracking(false); // "2:3" on the way to "2:30" is not a budget to save
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
    retranslate();
}

void BudgetSpinBox::retranslate()
{
    setSpecialValueText(tr("No budget"));
    setToolTip(tr("The time to spend on this stop, as minutes:seconds (2:30); 0 for none"));
}

void BudgetSpinBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QSpinBox::changeEvent(event);
}

QString BudgetSpinBox::textFromValue(int seconds) const
{
    return PathStopsModel::budgetText(seconds);
}

int BudgetSpinBox::valueFromText(const QString &text) const
{
    if (text == specialValueText())
        return 0;
    return PathStopsModel::parseBudget(text).value_or(value());
}

QValidator::State BudgetSpinBox::validate(QString &text, int &pos) const
{
    Q_UNUSED(pos);
    if (text.isEmpty() || text == specialValueText())
        return QValidator::Intermediate;
    if (PathStopsModel::parseBudget(text))
        return QValidator::Acceptable;
    // On the way to a time: digits, perhaps a colon and a first digit of the seconds.
    static const QRegularExpression partial(QStringLiteral("^\\s*\\d{0,4}\\s*:?\\s*\\d?\\s*$"));
    return partial.match(text).hasMatch() ? QValidator::Intermediate : QValidator::Invalid;
}

void BudgetSpinBox::stepBy(int steps)
{
    // Page Up and Down step a minute; the arrows 15 seconds.
    QSpinBox::stepBy(qAbs(steps) >= 10 ? steps / 10 * 4 : steps);
}

} // namespace bv
