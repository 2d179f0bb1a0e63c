-- Briefing Viewer search index: an optional part of a briefing (format 1).
-- docs/format.md ("Search index") explains it. briefing-tool writes it (generate,
-- export-sample, index); the viewer uses it only when its tables are exactly as this file
-- creates them and it answers a test query, and otherwise builds the same index in memory.
--
-- One row per item and content language: the source language and every language of the
-- translation table. Each field holds its translation into `lang` where there is one, and
-- the source text where there is none. Rows of one language have consecutive rowids,
-- recorded in search_language, in the order guarantee, scenario, event, series, source,
-- faq, actor.
--   kind    'guarantee' | 'scenario' | 'event' | 'series' | 'source' | 'faq' | 'actor'
--   item_id the item's id
--   lang    BCP 47 code of the row's language
--   title   the item's title (series and actor: name; FAQ entry: question)
--   body    the item's other text fields, joined with ' · '
CREATE VIRTUAL TABLE search USING fts5(
    kind UNINDEXED,
    item_id UNINDEXED,
    lang UNINDEXED,
    title,
    body,
    tokenize = "unicode61 remove_diacritics 2",
    prefix = '1 2 3'
);

-- The rowids of each language's rows: first_rowid to last_rowid, one row per item.
CREATE TABLE search_language (
    lang        TEXT PRIMARY KEY NOT NULL,
    first_rowid INTEGER NOT NULL,
    last_rowid  INTEGER NOT NULL
);

-- The words of each language's rows, for counting and ranking every match at once: each
-- folded token (as the tokenizer above makes it) with the rows whose title and whose body
-- hold it, as row positions within the language (rowid - first_rowid), packed:
-- 'L' then each position's distance from the one before minus one (the first: from -1) as
-- an unsigned LEB128 varint, or 'B' then one bit per row of the language, the lowest first.
CREATE TABLE search_term (
    lang  TEXT NOT NULL,
    term  TEXT NOT NULL,
    title BLOB NOT NULL,
    body  BLOB NOT NULL,
    PRIMARY KEY (lang, term)
) WITHOUT ROWID;

-- What the text columns hold, one row: format 2 has each Markdown field (FAQ answers) as
-- the plain text a reader sees (no link targets, no emphasis marks). An index without this
-- table (format 1, the Markdown source) is not used: the viewer builds one in memory.
CREATE TABLE search_format (
    version INTEGER NOT NULL
);
INSERT INTO search_format (version) VALUES (2);
