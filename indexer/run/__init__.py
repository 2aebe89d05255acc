"""Running an indexing job: which files, where they are analysed, and the one writer of the archive.

Files are found and hashed here (`files`); each new file is analysed by a task (`task`) that an
engine runs (`engines`: in this process, `local`, or in a pool of worker processes with a time limit
per file, `pool`), and every result reaches, in the files' order (`order`), the single archive writer
(`writer`), which embeds in batches across documents and writes each document in its own
transaction. `guard` keeps one writer per archive and tells a full disk apart; `names` makes file
names storable and printable.
"""
