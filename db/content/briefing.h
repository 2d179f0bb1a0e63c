// SPDX-License-Identifier: MIT
// The content of a briefing as plain values, checked and typed by BriefingReader.
#pragma once

#include "content/briefingpath.h"
#include "content/contentlanguage.h"
#include "content/eventtable.h"
#include "content/partialdate.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace bv {

// Chart comes last so that the numbers of the kinds of format 1 stay as they were.
enum class ItemKind { Briefing, Actor, Guarantee, Scenario, Event, Source, Series, Faq, Chart };

struct Metadata
{
    QString id, title, subtitle, publisher, edition, published, sourceLanguage, summary;
};

struct Actor
{
    QString id, name, kind, description;
};

struct Guarantee
{
    QString id, title;
    QStringList guarantors, beneficiary; // actor ids
    QString kind, legalForm, ratification, status, description;
};

struct Scenario
{
    QString id;
    int position = 0;
    QString title, summary, preconditions, consequences;
    std::optional<QString> likelihood, likelihoodScale;
};

struct Source
{
    QString id, title, publisher;
    std::optional<int> year;
    QString locator;
};

struct Series
{
    enum class Kind { Time, Categories };
    QString id, name, unit;
    Kind kind = Kind::Categories;
    QString description;
    int pointCount = 0;
    QStringList sourceIds; // the distinct sources of its points
};

// How certain a figure is (format 2; a format-1 point is measured).
enum class PointStatus : quint8 { Measured, Provisional, Estimate, Projection, Target };

struct Point
{
    QString seriesId;
    int position = 0;
    QString label; // as in the file: the point's id is made of it
    std::optional<double> value; // empty for a gap
    QString note, sourceId;
    // Format 2 (a format-1 point has these defaults):
    PointStatus status = PointStatus::Measured;
    // A time series' period: the precision stated or, when none is, the label's form. The
    // period itself is `period` (invalid when the label does not parse at that precision).
    PartialDate::Precision precision = PartialDate::Precision::Day;
    PartialDate period;
    QString itemId;    // the item this category stands for, or empty
    QString breakNote; // what changes in the series at this point (coverage, definition), or empty
    // The label in the content language (a category's name may be translated); the label
    // itself for a time series or an untranslated one.
    QString shownLabel;
    QString id() const { return seriesId + QLatin1Char('@') + label; }
    bool hasBreak() const { return !breakNote.isEmpty(); }

    static bool parseStatus(const QString &text, PointStatus *status);
    static QLatin1String statusKey(PointStatus status); // 'measured' ...
    static QString statusName(PointStatus status);      // "Measured", translated
};

// A chart of several series (format 2). A series in no chart still gets a chart of its own.
struct Chart
{
    enum class Kind : quint8 { Line, Bar, GroupedBar, StackedBar, Slope, Dot };
    QString id, title;
    Kind kind = Kind::Line;
    QString note;
    QStringList seriesIds; // in the chart's order; only series of this briefing

    static bool parseKind(const QString &text, Kind *kind);
    static QLatin1String kindKey(Kind kind); // 'line', 'grouped_bar' ...
    static QString kindName(Kind kind);      // "Grouped bars", translated
};

struct FaqEntry
{
    QString id;
    int position = 0;
    QString question, answer; // answer is Markdown
};

struct Link
{
    QString fromId, kind, toId, note;
};

// Where an item id leads.
struct ItemRef
{
    ItemKind kind = ItemKind::Briefing;
    int index = -1;
};

// One item linked to another, seen from the first: "depends on", "answered by" ...
struct Neighbour
{
    QString id;
    QString relation; // translated, read from the item's side
    QString note;     // the link's own note, may be empty
};

class Briefing
{
    Q_DECLARE_TR_FUNCTIONS(Briefing)
public:
    Metadata metadata;
    QVector<Actor> actors;
    QVector<Guarantee> guarantees;
    QVector<Scenario> scenarios;
    EventTable events;
    QVector<Source> sources;
    QVector<Series> series;
    QVector<FaqEntry> faq;
    QVector<Chart> charts;
    QVector<Link> links;
    // The paths the briefing's author wrote (format 2's `path` tables, origin Briefing), in
    // their order, each checked against the content (what it cannot show left out, with a
    // warning). The default path is not among them: BriefingPath::defaultPath().
    QVector<BriefingPath> paths;
    // The default path made once the content (and its language) is read, where the briefing
    // is read (BriefingPath::makeDefaultPath, on the opener's thread): a large briefing's has
    // a stop for each of its thousands of FAQ entries. Empty until made.
    BriefingPath madeDefaultPath;
    int formatVersion = 1; // the file's user_version
    int translationCount = 0;
    bool fullText = true; // false: event descriptions and FAQ answers are read on demand

    // The content language: empty for the source language. contentChain: the languages text
    // is taken from, best first. translationLanguages: those the file has translations for.
    QString contentLanguage;
    QStringList contentChain;
    QStringList translationLanguages;
    struct TextOrigin
    {
        QString lang;       // the language of the shown text
        bool stale = false; // translated from a source text that has changed since
    };
    QHash<QString, TextOrigin> textOrigins; // by textKey(id, field), for translated fields
    static QString textKey(const QString &id, const QString &field) { return id + QChar(0x1f) + field; }
    TextState textState(const QString &id, const QString &field) const;
    QString textLanguage(const QString &id, const QString &field) const;
    QStringList warnings;

    // Builds the id index and the link adjacency, and records warnings for duplicate ids
    // and dangling references. Called once by the reader after filling the vectors.
    void index();

    std::optional<ItemRef> find(const QString &id) const;
    QString title(const QString &id) const;       // a readable title for any id
    QString titleAt(ItemKind kind, int row) const;
    // "publisher, title, year" of a source (its id when it is not one of this briefing's).
    QString citation(const QString &sourceId, bool withLocator = false) const;
    ItemKind kindOf(const QString &id) const;     // Briefing when unknown
    int count(ItemKind kind) const;
    QString idAt(ItemKind kind, int row) const;
    int rowOf(const QString &id) const;           // row within its kind, -1 when unknown
    // Every item directly linked to `id`, through the link table, actor lists and sources.
    QVector<Neighbour> neighbours(const QString &id) const;
    QSet<QString> linkedIds(const QString &id) const;

    // Data points are named "<series id>@<label>". Returns the series row, or -1.
    int seriesOfPointId(const QString &id, QString *label = nullptr) const;
    static QString pointId(const QString &seriesId, const QString &label) { return seriesId + QLatin1Char('@') + label; }
    // Everything that relies on a figure: items linked to its series or its source, and the
    // scenarios, guarantees and FAQ entries linked to those events. Events, scenarios,
    // guarantees and FAQ entries only, in kind order.
    QStringList reverseTrail(const QString &seriesId, const QString &sourceId) const;

    static QString kindName(ItemKind kind);       // "Guarantee", translated
    static QString kindPluralName(ItemKind kind); // "Guarantees", translated

private:
    // Links by number: those of `links`, then m_references.
    const Link &linkAt(int number) const;
    bool addReference(int linkNumber); // false for a dangling or repeated one
    void addDerivedReference(const QString &fromId, const QString &toId, const QString &kind);
    QHash<QString, ItemRef> m_index; // every item but events: they have their own (EventTable::rowOf)
    // What guarantees' actor lists and series' sources state, as links.
    QVector<Link> m_references;
    struct Edge
    {
        int link = -1; // see linkAt()
        bool outgoing = true;
    };
    QHash<QString, QVector<Edge>> m_edges;
};

} // namespace bv
