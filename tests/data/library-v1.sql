-- A user library of schema version 1, as Briefing Viewer wrote it before paths (the schema
-- of db/library/library.cpp's schemaV1), with one note: tst_librarypaths opens it and checks
-- that it is brought up to date with the note kept.
CREATE TABLE briefing (
    briefing_id TEXT PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    edition TEXT NOT NULL DEFAULT '',
    path TEXT NOT NULL DEFAULT '',
    last_opened TEXT NOT NULL DEFAULT ''
);
CREATE TABLE note (
    id TEXT PRIMARY KEY,
    briefing_id TEXT NOT NULL REFERENCES briefing(briefing_id),
    item_id TEXT NOT NULL,
    item_title TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    folded TEXT NOT NULL DEFAULT '',
    item_hash TEXT NOT NULL DEFAULT '',
    item_text TEXT NOT NULL DEFAULT '',
    edition TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);
CREATE INDEX note_by_item ON note(briefing_id, item_id);
CREATE TABLE bookmark (
    briefing_id TEXT NOT NULL REFERENCES briefing(briefing_id),
    item_id TEXT NOT NULL,
    item_title TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    PRIMARY KEY (briefing_id, item_id)
);
CREATE TABLE reading_position (
    briefing_id TEXT PRIMARY KEY REFERENCES briefing(briefing_id),
    current_item TEXT NOT NULL DEFAULT '',
    history TEXT NOT NULL DEFAULT '[]',
    history_position INTEGER NOT NULL DEFAULT -1,
    view_state TEXT NOT NULL DEFAULT '{}',
    modified TEXT NOT NULL
);
INSERT INTO briefing (briefing_id, title, edition, path, last_opened) VALUES
 ('us-guarantees-ukraine', 'U.S. offers security guarantees', '1', '', '2025-01-10T09:00:00.000Z');
INSERT INTO note (id, briefing_id, item_id, item_title, text, folded, created, modified) VALUES
 ('2f0c6f53-7c1b-4f0e-9d55-0e8f3c2a9b11', 'us-guarantees-ukraine', 'guarantee-article5-like', 'Article 5-like',
  'Written before paths existed.', 'article 5-like written before paths existed.',
  '2025-01-10T09:00:00.000Z', '2025-01-10T09:00:00.000Z');
PRAGMA application_id = 1112951874;
PRAGMA user_version = 1;
