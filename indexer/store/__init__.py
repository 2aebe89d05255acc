"""Extractions into the archive: SQLite rows, person identity, lexicon, FAISS vectors, manifest."""
