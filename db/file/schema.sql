-- Briefing Viewer file format, version 2 (docs/format.md, "Changes in v2", lists what
-- version 1 lacks; a version-1 file is read with the defaults given here).
-- This file is the single definition of the format. docs/format.md explains every table
-- with an example. A briefing is one SQLite file (extension .briefing) in rollback-journal
-- mode (not WAL), marked with:
--   PRAGMA application_id = 1112688966;   -- 0x42524946, "BRIF"
--   PRAGMA user_version   = 2;            -- the format version
--
-- Every item (actor, guarantee, scenario, event, source, series, chart, FAQ entry) has a stable
-- text id, unique across the whole briefing, that survives new editions: links, notes,
-- bookmarks and translations refer to items by this id. Ids use letters, digits, '-', '_'
-- and '.'. A data point's id is "<series id>@<label>".
-- Dates are ISO 8601 at the stated precision: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'.
-- Empty text is '' (never NULL) unless a column says otherwise.

-- The briefing itself: exactly one row.
CREATE TABLE briefing (
    id              TEXT PRIMARY KEY NOT NULL,
    title           TEXT NOT NULL,
    subtitle        TEXT NOT NULL DEFAULT '',
    publisher       TEXT NOT NULL DEFAULT '',
    edition         TEXT NOT NULL DEFAULT '',
    published       TEXT NOT NULL DEFAULT '',   -- ISO date, '' when not known
    source_language TEXT NOT NULL DEFAULT 'en', -- BCP 47 code of the text in these tables
    summary         TEXT NOT NULL DEFAULT ''
);

-- States, organisations and other actors named by guarantees and events.
CREATE TABLE actor (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL DEFAULT 'state',  -- 'state' | 'organisation' | 'other'
    description TEXT NOT NULL DEFAULT ''
);

-- Security guarantees.
CREATE TABLE guarantee (
    id           TEXT PRIMARY KEY NOT NULL,
    title        TEXT NOT NULL,
    guarantors   TEXT NOT NULL DEFAULT '',  -- actor ids separated by spaces
    beneficiary  TEXT NOT NULL DEFAULT '',  -- actor ids separated by spaces
    kind         TEXT NOT NULL DEFAULT '',  -- e.g. 'Collective defence ("Article 5-like")'
    legal_form   TEXT NOT NULL DEFAULT '',  -- e.g. 'Treaty or executive security agreement'
    ratification TEXT NOT NULL DEFAULT '',  -- e.g. 'Two-thirds Senate vote (treaty)'
    status       TEXT NOT NULL DEFAULT '',  -- e.g. 'Offered', 'Under negotiation', 'In force'
    description  TEXT NOT NULL DEFAULT ''
);

-- Scenarios, shown in the order of `position`.
CREATE TABLE scenario (
    id               TEXT PRIMARY KEY NOT NULL,
    position         INTEGER NOT NULL,
    title            TEXT NOT NULL,
    summary          TEXT NOT NULL DEFAULT '',
    preconditions    TEXT NOT NULL DEFAULT '',
    consequences     TEXT NOT NULL DEFAULT '',
    likelihood       TEXT,                   -- NULL when the briefing states none
    likelihood_scale TEXT                    -- the scale `likelihood` is on, e.g. 'low/medium/high'
);

-- Dated events. `end_date` is NULL for a point event.
CREATE TABLE event (
    id          TEXT PRIMARY KEY NOT NULL,
    start_date  TEXT NOT NULL,
    end_date    TEXT,
    precision   TEXT NOT NULL DEFAULT 'day', -- 'year' | 'month' | 'day'
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    category    TEXT NOT NULL DEFAULT '',
    actors      TEXT NOT NULL DEFAULT ''     -- actor ids separated by spaces
);

-- Sources behind figures and statements.
CREATE TABLE source (
    id        TEXT PRIMARY KEY NOT NULL,
    title     TEXT NOT NULL,
    publisher TEXT NOT NULL DEFAULT '',
    year      INTEGER,                        -- NULL when not known
    locator   TEXT NOT NULL DEFAULT ''        -- URL, page, table or other pointer into the source
);

-- Data series. kind 'time': point labels are ISO dates; kind 'categories': labels are names.
CREATE TABLE series (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    unit        TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL DEFAULT 'categories', -- 'time' | 'categories'
    description TEXT NOT NULL DEFAULT ''
);

-- The points of a series, in the order of `position`.
CREATE TABLE point (
    series_id  TEXT NOT NULL,
    position   INTEGER NOT NULL,
    label      TEXT NOT NULL,                 -- period (time series) or category name
    value      REAL,                          -- NULL for a gap
    note       TEXT NOT NULL DEFAULT '',
    source_id  TEXT,                          -- the source of this figure
    -- Since version 2:
    status     TEXT NOT NULL DEFAULT 'measured', -- 'measured' | 'provisional' | 'estimate' | 'projection' | 'target'
    precision  TEXT NOT NULL DEFAULT '',      -- time series: 'year' | 'quarter' | 'month' | 'day';
                                              -- '' reads it from the label's form
    item_id    TEXT NOT NULL DEFAULT '',      -- the item a category stands for (an actor ...), or ''
    break_note TEXT NOT NULL DEFAULT '',      -- what changes at this point (coverage, definition), or ''
    PRIMARY KEY (series_id, position)
) WITHOUT ROWID;

-- Charts that show several series together (since version 2). A series in no chart is
-- still shown on a chart of its own.
CREATE TABLE chart (
    id    TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL,
    kind  TEXT NOT NULL DEFAULT 'line', -- 'line' | 'bar' | 'grouped_bar' | 'stacked_bar' | 'slope' | 'dot'
    note  TEXT NOT NULL DEFAULT ''
);

-- The series of each chart, in the order of `position` (since version 2).
CREATE TABLE chart_series (
    chart_id  TEXT NOT NULL,
    position  INTEGER NOT NULL,
    series_id TEXT NOT NULL,
    PRIMARY KEY (chart_id, position)
) WITHOUT ROWID;

-- Frequently asked questions, in the order of `position`. `answer` is Markdown.
CREATE TABLE faq (
    id       TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL,
    question TEXT NOT NULL,
    answer   TEXT NOT NULL DEFAULT ''
);

-- Typed links between any two items, read "from <kind> to", e.g.
-- scenario depends_on guarantee, faq answers scenario, event evidence_for series,
-- series cites source, event involves actor, item related_to item.
CREATE TABLE link (
    from_id TEXT NOT NULL,
    kind    TEXT NOT NULL,
    to_id   TEXT NOT NULL,
    note    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (from_id, kind, to_id)
) WITHOUT ROWID;

-- Translations of any text field. `field` is the column name (e.g. 'title'), `lang` a
-- BCP 47 code, `source_hash` the lower-case hex SHA-1 of the UTF-8 source text the
-- translation was made from: when it differs from the current source, the translation is stale.
CREATE TABLE translation (
    item_id     TEXT NOT NULL,
    field       TEXT NOT NULL,
    lang        TEXT NOT NULL,
    text        TEXT NOT NULL,
    source_hash TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (item_id, field, lang)
) WITHOUT ROWID;

-- Paths a presenter shows, written by the briefing's author (since version 2, optional: a
-- file without these two tables has no paths of its own). One row per path, in the order
-- of `position`.
CREATE TABLE path (
    id       TEXT PRIMARY KEY NOT NULL, -- unique among the briefing's paths; not 'default'
    position INTEGER NOT NULL,
    title    TEXT NOT NULL
);

-- The stops of each path, in the order of `position`. `kind` says what the stop shows:
-- 'overview'; 'item' (item_id: any item, shown as a card); 'chart' (item_id: a chart or a
-- series; from_date/to_date: its period; highlight_id: an item or point id to mark);
-- 'timeline' (from_date/to_date: the period; item_ids: the lanes, event categories or, with
-- lanes_by_actor = 1, actor ids; all when empty); 'compare' (item_ids: two or three scenarios).
CREATE TABLE path_stop (
    path_id        TEXT NOT NULL,
    position       INTEGER NOT NULL,
    kind           TEXT NOT NULL,           -- 'overview' | 'item' | 'chart' | 'timeline' | 'compare'
    title          TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '', -- the speaker's notes, Markdown
    budget_seconds INTEGER,                 -- the time to spend on the stop; NULL for none
    item_id        TEXT NOT NULL DEFAULT '',
    item_ids       TEXT NOT NULL DEFAULT '[]', -- a JSON array of strings
    lanes_by_actor INTEGER NOT NULL DEFAULT 0,
    from_date      TEXT NOT NULL DEFAULT '', -- 'YYYY', 'YYYY-Qn', 'YYYY-MM' or 'YYYY-MM-DD', '' open
    to_date        TEXT NOT NULL DEFAULT '',
    highlight_id   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (path_id, position)
) WITHOUT ROWID;

CREATE INDEX link_to ON link (to_id);

PRAGMA application_id = 1112688966;
PRAGMA user_version = 2;
