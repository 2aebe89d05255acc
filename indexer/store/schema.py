"""The SQLite schema of the archive (`archive.sqlite`).

`DDL` is the first layout (version 1); every later change is a step in
`indexer.store.migrate`, applied to new and old databases alike, and
`SCHEMA_VERSION` is the highest step. The manifest records the version: a reader
refuses an archive of an older version with the command that upgrades it in place.
"""

from __future__ import annotations

import sqlite3

SCHEMA_VERSION = 7  # = max(indexer.store.migrate.STEPS)

#: Version 7: a document's own case numbers (`indexer.store.migrate`).
DOCUMENT_DNR_DDL = """
-- A document's own case numbers, printed in its head for the whole document, not for an item
-- (indexer.segment.doc_dnr): the same columns as item_dnr.
CREATE TABLE IF NOT EXISTS document_dnr (
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  dnr TEXT NOT NULL,
  printed TEXT,
  match TEXT,
  case_key TEXT,
  PRIMARY KEY (doc_id, dnr)
);
CREATE INDEX IF NOT EXISTS document_dnr_match ON document_dnr(match);
"""

# Effective organization/organ/date/year/doc_type are copied onto items so that
# filters and facets are single-table lookups (an attached protocol extract has
# its own organ and date).
DDL = (
    """
-- AUTOINCREMENT: ids of removed documents/items are never reused, so a stale reference
-- (an old link, a vector not yet rebuilt) can never point at a different item.
CREATE TABLE IF NOT EXISTS documents (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  sha256 TEXT NOT NULL UNIQUE,
  path TEXT NOT NULL,
  source TEXT NOT NULL,
  fmt TEXT,
  organization TEXT,
  organ TEXT,
  date TEXT,
  year INTEGER,
  doc_type TEXT,
  n_items INTEGER NOT NULL DEFAULT 0,
  masked_personnummer INTEGER NOT NULL DEFAULT 0,
  indexed_at TEXT NOT NULL,
  pages INTEGER,
  meta_source TEXT,
  ocr_pages TEXT,
  ocr_confidence REAL,
  original TEXT,
  original_name TEXT,
  media_type TEXT,
  public_url TEXT
);
CREATE INDEX IF NOT EXISTS documents_path ON documents(path);

CREATE TABLE IF NOT EXISTS items (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uid TEXT NOT NULL UNIQUE,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  number TEXT,
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  organization TEXT,
  organ TEXT,
  date TEXT,
  year INTEGER,
  doc_type TEXT,
  own_organ INTEGER NOT NULL DEFAULT 0,
  text_hash TEXT NOT NULL,
  page INTEGER,
  page_end INTEGER,
  ocr_confidence REAL
);
CREATE INDEX IF NOT EXISTS items_doc ON items(doc_id);
CREATE INDEX IF NOT EXISTS items_year ON items(year);
CREATE INDEX IF NOT EXISTS items_org ON items(organization);
CREATE INDEX IF NOT EXISTS items_organ ON items(organ);
CREATE INDEX IF NOT EXISTS items_doctype ON items(doc_type);

-- dnr: the normalised key; printed: as the document prints it; match: series|year|serial shared by
-- every printed form; case_key: the ärende within its organization (indexer.store.cases).
CREATE TABLE IF NOT EXISTS item_dnr (
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  dnr TEXT NOT NULL,
  printed TEXT,
  match TEXT,
  case_key TEXT,
  PRIMARY KEY (item_id, dnr)
);
CREATE INDEX IF NOT EXISTS item_dnr_dnr ON item_dnr(dnr);

-- One row per real person (identity across documents, see indexer.store.identity).
CREATE TABLE IF NOT EXISTS persons (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  key TEXT NOT NULL,
  name TEXT NOT NULL,
  party TEXT,
  places TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS persons_key ON persons(key);

CREATE TABLE IF NOT EXISTS person_spellings (
  person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
  spelling TEXT NOT NULL,
  PRIMARY KEY (person_id, spelling)
);

-- A person's presence in one document, with what was printed there.
CREATE TABLE IF NOT EXISTS appearances (
  person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  party TEXT,
  roles TEXT NOT NULL DEFAULT '[]',
  title TEXT,
  affiliation TEXT,
  PRIMARY KEY (person_id, doc_id)
);
CREATE INDEX IF NOT EXISTS appearances_doc ON appearances(doc_id);

CREATE TABLE IF NOT EXISTS mentions (
  person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  PRIMARY KEY (person_id, item_id)
);
CREATE INDEX IF NOT EXISTS mentions_item ON mentions(item_id);

CREATE TABLE IF NOT EXISTS actions (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  evidence TEXT
);
CREATE INDEX IF NOT EXISTS actions_person ON actions(person_id);
CREATE INDEX IF NOT EXISTS actions_item ON actions(item_id);

-- An action by a party as a whole ("Ledamöterna från SD reserverar sig"): the party, no person.
CREATE TABLE IF NOT EXISTS party_actions (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  party TEXT NOT NULL,
  kind TEXT NOT NULL,
  evidence TEXT
);
CREATE INDEX IF NOT EXISTS party_actions_item ON party_actions(item_id);
CREATE INDEX IF NOT EXISTS party_actions_party ON party_actions(party);

-- One person's vote (ja, nej, avstår) in a printed omröstning of an item; round 1 is the item's first.
CREATE TABLE IF NOT EXISTS votes (
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
  round INTEGER NOT NULL DEFAULT 1,
  vote TEXT NOT NULL,
  party TEXT,
  PRIMARY KEY (item_id, person_id, round)
);
CREATE INDEX IF NOT EXISTS votes_person ON votes(person_id);

CREATE TABLE IF NOT EXISTS entities (
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  label TEXT NOT NULL,
  text TEXT NOT NULL,
  norm TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS entities_item ON entities(item_id);

-- Multi-valued facets of an item: party, person, kommun.
CREATE TABLE IF NOT EXISTS item_facets (
  facet TEXT NOT NULL,
  value TEXT NOT NULL,
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  PRIMARY KEY (facet, value, item_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS item_facets_item ON item_facets(item_id);

-- Embedding cache keyed by the exact embedded text, so unchanged items are not re-embedded.
CREATE TABLE IF NOT EXISTS embeddings (
  text_hash TEXT NOT NULL,
  model TEXT NOT NULL,
  vec BLOB NOT NULL,
  PRIMARY KEY (text_hash, model)
);

-- Lexical search. unicode61 without diacritic folding: 'år' must not match 'ar'.
-- Prefix indexes for the lengths of typed stems: query terms of 4+ letters are prefixes ('beslut'*),
-- and without an index FTS5 merges every token's list (beslut, beslutet, beslutar, ...) at query
-- time: 265 ms for 'beslut'* at 1M items. Longer terms expand to few tokens. An archive without them
-- (built before) answers the same queries, only slower.
CREATE VIRTUAL TABLE IF NOT EXISTS items_fts USING fts5(
  title, text, dnr, tokenize = "unicode61 remove_diacritics 0", prefix = '4 5 6 7 8'
);
-- Substrings inside compounds: 'taxa' finds 'VA-taxa', 'Avfallstaxa'.
CREATE VIRTUAL TABLE IF NOT EXISTS items_tri USING fts5(title, text, tokenize = "trigram");

-- Deleting an item (directly or by cascade from its document) removes it from both FTS tables.
CREATE TRIGGER IF NOT EXISTS items_fts_delete AFTER DELETE ON items BEGIN
  DELETE FROM items_fts WHERE rowid = old.id;
  DELETE FROM items_tri WHERE rowid = old.id;
END;
"""
    + DOCUMENT_DNR_DDL
)


def create_schema(conn: sqlite3.Connection) -> None:
    """Create every table and index that does not exist yet, and bring the tables to `SCHEMA_VERSION`."""
    from indexer.store.migrate import migrate

    conn.executescript(DDL)
    migrate(conn)
