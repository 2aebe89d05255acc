"""Running an indexing job: which files, where they are analysed, and the one writer of the archive.

Files are found and hashed here (`files`); each new file is analysed by a task (`task`) that an
engine runs — in this process (`local`), and elsewhere by other engines — and every result reaches
the single archive writer (`writer`), which embeds in batches across documents and writes each
document in its own transaction.
"""
