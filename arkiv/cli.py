"""The `arkiv` command line (DESIGN.md "Command line"): index, search, extract, person, case, related, serve,
export, migrate.

Every failure ends with one line on stderr and its own exit status (`EXIT_CODES`), never a traceback
(ARKIV_DEBUG=1 shows the traceback of an internal error).
Formatting lives in `arkiv.cli_output`.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import NoReturn

from arkiv.settings import Settings, get_settings

EXIT_BAD_INPUT = 1
EXIT_USAGE = 2
EXIT_NOTHING_INDEXED = 3
EXIT_DISK_FULL = 4
EXIT_INTERNAL = 5
EXIT_INTERRUPTED = 130

#: Exit statuses, as `arkiv --help` and the README list them.
EXIT_CODES = {
    0: "success",
    EXIT_BAD_INPUT: "bad input: no such archive or item, an archive of another model, an invalid setting",
    EXIT_USAGE: "wrong arguments",
    EXIT_NOTHING_INDEXED: "arkiv index: nothing indexed, every file named was skipped (reasons printed)",
    EXIT_DISK_FULL: "disk full: the archive is consistent; free space and run again",
    EXIT_INTERNAL: "internal error (a bug: ARKIV_DEBUG=1 shows the traceback)",
    EXIT_INTERRUPTED: "interrupted (Ctrl-C)",
}


class CliError(Exception):
    """A user-facing failure: printed as one line, exit status 1."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not usage + message
        cmd = " ".join(self.prog.split()[1:])
        self.exit(EXIT_USAGE, f"arkiv: {message} (see `arkiv {cmd + ' ' if cmd else ''}--help`)\n")


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data", type=Path, default=None, help="archive directory (default ./data or ARKIV_DATA)")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of `arkiv`."""
    epilog = "exit status:\n" + "\n".join(f"  {code:<4} {what}" for code, what in EXIT_CODES.items())
    parser = _Parser(
        prog="arkiv",
        description="A searchable semantic archive of Swedish council minutes.",
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _common(parser)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("index", help="index files or folders into the archive")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--organization", help="kommun or region when a document does not name it")
    p.add_argument(
        "--jobs",
        type=int,
        metavar="N",
        help="processes that read and analyse files (default: one per core, or ARKIV_JOBS); "
        "1 = in this process",
    )
    p.add_argument("--engine", choices=["local", "ray"], help="where files are analysed and embedded")
    p.add_argument("--address", help="with --engine ray: a running Ray cluster (default: a local one)")
    p.add_argument("--workers", type=int, help="with --engine ray: workers (default: one per CPU)")
    p.add_argument(
        "--sources",
        type=Path,
        metavar="FILE",
        help="JSON list of {relativePath, pdfUrl}: the files' public URLs, shown on item pages",
    )
    _common(p)

    p = sub.add_parser("search", help="search the archive, or list what the filters hold (QUERY '')")
    p.add_argument("query", metavar="QUERY", help='words, "a phrase", -excluded, a OR b, a diarienummer')
    p.add_argument("--mode", default="hybrid", choices=["hybrid", "lexical", "semantic"])
    p.add_argument(
        "--sort", choices=["relevance", "newest", "oldest"], help="default: relevance, newest without QUERY"
    )
    p.add_argument(
        "--from", dest="date_from", metavar="DATE", help="meetings on or after (YYYY-MM-DD, YYYY-MM, YYYY)"
    )
    p.add_argument("--to", dest="date_to", metavar="DATE", help="meetings on or before")
    p.add_argument("--limit", type=int, default=10)
    p.add_argument("--offset", type=int, default=0)
    for name in ("year", "organization", "organ", "party", "person", "kommun"):
        p.add_argument(f"--{name}", action="append", help="repeat for several values (either matches)")
    p.add_argument("--doc-type", dest="doc_type", action="append")
    p.add_argument("--json", action="store_true", help="print the JSON contract")
    p.add_argument("--format", choices=["text", "json", "csv", "ndjson"], default="text",
                   help="csv/ndjson: every result row up to ARKIV_EXPORT_MAX_ROWS")  # fmt: skip
    _common(p)

    p = sub.add_parser(
        "export", help="write items, persons, actions, cases and meetings as NDJSON, CSV or Parquet"
    )
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder for one file per table")
    p.add_argument("--format", choices=["ndjson", "csv", "parquet"], default="ndjson")
    p.add_argument("--table", action="append", choices=["items", "persons", "actions", "cases", "meetings"],
                   help="only these tables (repeatable; default all)")  # fmt: skip
    _common(p)

    p = sub.add_parser("migrate", help="upgrade an archive of an older schema in place (nothing is re-read)")
    _common(p)

    p = sub.add_parser("extract", help="parse, segment and annotate one file; nothing is stored")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--organization")
    p.add_argument("--json", action="store_true")

    for name, arg, helptext in (
        ("person", "name", "a person: parties, roles, actions"),
        ("case", "dnr", "an ärende (diarienummer, any printed form) across documents and organs"),
        ("related", "item_id", "items related to an item"),
    ):
        p = sub.add_parser(name, help=helptext)
        p.add_argument(arg, metavar=arg.upper())
        p.add_argument("--json", action="store_true")
        if name == "case":
            p.add_argument(
                "--organization", help="the organization whose ärende (several may use one number)"
            )
        _common(p)

    p = sub.add_parser("serve", help="run the web interface and JSON API")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    _common(p)
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    return get_settings(
        data=args.data,
        host=getattr(args, "host", None),
        port=getattr(args, "port", None),
        jobs=getattr(args, "jobs", None),
        engine=getattr(args, "engine", None),
        ray_address=getattr(args, "address", None),
        ray_workers=getattr(args, "workers", None),
    )


def _open(args: argparse.Namespace):  # -> ArchiveContext
    from api.context import open_archive

    return open_archive(_settings(args))


def cmd_index(args: argparse.Namespace) -> int:
    """`arkiv index PATH...`."""
    from indexer.run.engines import prepare_engine

    settings = _settings(args)
    prepare_engine(settings)  # a pool's fork server warms up the analysis while this process starts
    from tqdm import tqdm

    from arkiv.cli_output import print_index_summary
    from indexer.pipeline import index_paths
    from indexer.run.task import FileResult

    def progress(results: Iterable[FileResult], total: int) -> Iterable[FileResult]:
        show = sys.stderr.isatty() or total > 3
        return tqdm(results, total=total, unit="fil", desc="indexerar", disable=not show, file=sys.stderr,
                    leave=False)  # fmt: skip

    report = index_paths(
        args.paths, settings, organization=args.organization, progress=progress, sources=args.sources
    )
    print_index_summary(report)
    return EXIT_NOTHING_INDEXED if report.skipped and not (report.indexed or report.unchanged) else 0


def cmd_search(args: argparse.Namespace) -> int:
    """`arkiv search QUERY`: a page of results, or (`--format csv|ndjson`) every result row up to the cap."""
    from api.filters import Filters
    from api.listing import find_listing, list_items
    from arkiv.cli_output import print_json, print_search, search_json

    names = ("year", "organization", "organ", "doc_type", "party", "person", "kommun")
    filters = Filters(
        **{k: tuple(getattr(args, k) or ()) for k in names}, date_from=args.date_from, date_to=args.date_to
    )
    fmt = "json" if args.json else args.format
    with _open(args) as ctx:
        if fmt in ("csv", "ndjson"):
            from arkiv.cli_output import print_rows

            listing = find_listing(ctx, args.query, mode=args.mode, filters=filters, sort=args.sort)
            print_rows(ctx, listing.row_ids[: ctx.settings.export_max_rows].tolist(), fmt)
            return 0
        resp = list_items(
            ctx,
            args.query,
            mode=args.mode,
            filters=filters,
            sort=args.sort,
            limit=args.limit,
            offset=args.offset,
        )
    if fmt == "json":
        print_json(search_json(resp))
    else:
        print_search(resp)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """`arkiv export --out DIR`: the archive's tables as files a spreadsheet, pandas or Datasette reads."""
    from arkiv.export import export_tables

    with _open(args) as ctx:
        written = export_tables(ctx.conn, args.out, args.format, args.table)
    for path, n in written:
        print(f"{path}  {n} rader")
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    """`arkiv migrate`: bring an archive of an older schema version up to this arkiv's, in place."""
    from arkiv.archive import ArchivePaths, migrate_archive
    from indexer.store.schema import SCHEMA_VERSION

    settings = _settings(args)
    paths = ArchivePaths(settings.data)
    if not paths.db.exists():
        raise CliError(f"no archive at {settings.data}")
    migrate_archive(paths)
    print(f"arkiv: {settings.data} is at schema version {SCHEMA_VERSION}")
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    """`arkiv extract FILE`."""
    from arkiv.cli_output import print_extraction, print_json
    from indexer.extract import extract_file
    from indexer.run.names import shown_name

    if not args.file.exists():
        raise CliError(f"no such file: {shown_name(args.file)}")
    from arkiv.settings import ocr_options

    ex = extract_file(args.file, organization=args.organization, ocr=ocr_options(get_settings()))
    ex.source = shown_name(args.file)  # one printable line, no personnummer
    data = ex.to_json()
    (print_json if args.json else print_extraction)(data)
    return 0


def cmd_person(args: argparse.Namespace) -> int:
    """`arkiv person NAME`."""
    from api.repo import resolve_person
    from arkiv.cli_output import print_json, print_person

    with _open(args) as ctx:
        person = resolve_person(ctx, args.name)
    if person is None:
        raise CliError(f"no person matching {args.name!r}")
    print_json(person.model_dump()) if args.json else print_person(person)
    return 0


def cmd_case(args: argparse.Namespace) -> int:
    """`arkiv case DNR`."""
    from api.repo import get_case
    from arkiv.cli_output import print_case, print_json

    with _open(args) as ctx:
        case = get_case(ctx, args.dnr, args.organization)
    if case is None:
        raise CliError(f"no case with diarienummer {args.dnr!r}")
    print_json(case.model_dump()) if args.json else print_case(case)
    return 0


def cmd_related(args: argparse.Namespace) -> int:
    """`arkiv related ITEM_ID`."""
    from api.repo import related
    from arkiv.cli_output import print_json, print_related

    with _open(args) as ctx:
        rel = related(ctx, args.item_id)
    if rel is None:
        raise CliError(f"no item with id {args.item_id!r}")
    if args.json:
        print_json({"item_id": args.item_id, "related": [r.model_dump() for r in rel]})
    else:
        print_related(args.item_id, rel)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """`arkiv serve`: the web interface and JSON API (api.main.create_app) under uvicorn."""
    import uvicorn

    from api.main import create_app

    settings = _settings(args)
    print(f"arkiv: serving {settings.data} on http://{settings.host}:{settings.port}/", file=sys.stderr)
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="warning")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "index": cmd_index, "search": cmd_search, "extract": cmd_extract, "person": cmd_person,
    "case": cmd_case, "related": cmd_related, "serve": cmd_serve, "export": cmd_export,
    "migrate": cmd_migrate,
}  # fmt: skip


def _user_errors() -> tuple[type[BaseException], ...]:
    """Exception types that are the user's input or environment, not a bug."""
    from pydantic import ValidationError

    from api.errors import QueryError
    from arkiv.archive import ArchiveError
    from indexer.read.parse import ParseError
    from indexer.run.ray_engine import RayEngineError

    errors: list[type[BaseException]] = [
        CliError,
        QueryError,
        ArchiveError,
        ParseError,
        RayEngineError,
        ValidationError,
        OSError,
    ]
    try:
        from indexer.embed.embedder import EmbedderError

        errors.append(EmbedderError)
    except ImportError:  # pragma: no cover - embed is part of the package
        pass
    return tuple(errors)


def _one_line(e: BaseException) -> str:
    from pydantic import ValidationError

    if isinstance(e, ValidationError):
        err = e.errors()[0]
        return f"invalid setting {'.'.join(str(x) for x in err['loc'])}: {err['msg']}"
    return " ".join(str(e).split()) or type(e).__name__


def main(argv: Sequence[str] | None = None) -> int:
    """Run `arkiv`; returns the exit status (the console script exits with it)."""
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        print("arkiv: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `arkiv search x | head`
        return 0
    except Exception as e:
        from indexer.run.guard import DiskFullError, is_disk_full

        if isinstance(e, DiskFullError):
            print(f"arkiv: {e}", file=sys.stderr)
            return EXIT_DISK_FULL
        if is_disk_full(e):  # outside indexing: nothing was being written
            print(f"arkiv: disk full ({_one_line(e)}); free space and run again", file=sys.stderr)
            return EXIT_DISK_FULL
        if isinstance(e, _user_errors()):
            print(f"arkiv: {_one_line(e)}", file=sys.stderr)
            return EXIT_BAD_INPUT
        if os.environ.get("ARKIV_DEBUG"):
            raise
        # A bug: still one line for the user, with the exception type so it can be reported.
        print(f"arkiv: internal error ({type(e).__name__}: {_one_line(e)})", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
