// SPDX-License-Identifier: MIT
// The closed vocabularies of format 2: point statuses and chart kinds.
#include "content/briefing.h"

namespace bv {

namespace {

const char *const statusKeys[] = {"measured", "provisional", "estimate", "projection", "target"};
const char *const chartKindKeys[] = {"line", "bar", "grouped_bar", "stacked_bar", "slope", "dot"};

template<typename Enum, std::size_t N>
bool parseKey(const char *const (&keys)[N], const QString &text, Enum *value)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (text == QLatin1String(keys[i])) {
            *value = Enum(i);
            return true;
        }
    }
    return false;
}

} // namespace

bool Point::parseStatus(const QString &text, PointStatus *status)
{
    return parseKey(statusKeys, text, status);
}

QLatin1String Point::statusKey(PointStatus status)
{
    return QLatin1String(statusKeys[int(status)]);
}

QString Point::statusName(PointStatus status)
{
    switch (status) {
    case PointStatus::Measured:
        return Briefing::tr("Measured");
    case PointStatus::Provisional:
        return Briefing::tr("Provisional");
    case PointStatus::Estimate:
        return Briefing::tr("Estimate");
    case PointStatus::Projection:
        return Briefing::tr("Projection");
    case PointStatus::Target:
        return Briefing::tr("Target");
    }
    return {};
}

bool Chart::parseKind(const QString &text, Kind *kind)
{
    return parseKey(chartKindKeys, text, kind);
}

QLatin1String Chart::kindKey(Kind kind)
{
    return QLatin1String(chartKindKeys[int(kind)]);
}

QString Chart::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Line:
        return Briefing::tr("Lines");
    case Kind::Bar:
        return Briefing::tr("Bars");
    case Kind::GroupedBar:
        return Briefing::tr("Grouped bars");
    case Kind::StackedBar:
        return Briefing::tr("Stacked bars");
    case Kind::Slope:
        return Briefing::tr("Slope chart");
    case Kind::Dot:
        return Briefing::tr("Dot plot");
    }
    return {};
}

} // namespace bv
