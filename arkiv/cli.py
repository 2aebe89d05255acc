"""The `arkiv` command line (DESIGN.md "Command line"): index, search, extract, person, case, related, serve.

Bad input ends with one line on stderr and exit status 1 (2 for a usage error), never a traceback
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


class CliError(Exception):
    """A user-facing failure: printed as one line, exit status 1."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not usage + message
        cmd = " ".join(self.prog.split()[1:])
        self.exit(2, f"arkiv: {message} (see `arkiv {cmd + ' ' if cmd else ''}--help`)\n")


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data", type=Path, default=None, help="archive directory (default ./data or ARKIV_DATA)")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of `arkiv`."""
    parser = _Parser(prog="arkiv", description="A searchable semantic archive of Swedish council minutes.")
    _common(parser)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("index", help="index files or folders into the archive")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--organization", help="kommun or region when a document does not name it")
    p.add_argument(
        "--sources",
        type=Path,
        metavar="FILE",
        help="JSON list of {relativePath, pdfUrl}: the files' public URLs, shown on item pages",
    )
    _common(p)

    p = sub.add_parser("search", help="search the archive")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--mode", default="hybrid", choices=["hybrid", "lexical", "semantic"])
    p.add_argument("--limit", type=int, default=10)
    p.add_argument("--offset", type=int, default=0)
    for name in ("year", "organization", "organ", "party", "person", "kommun"):
        p.add_argument(f"--{name}")
    p.add_argument("--doc-type", dest="doc_type")
    p.add_argument("--json", action="store_true", help="print the JSON contract")
    _common(p)

    p = sub.add_parser("extract", help="parse, segment and annotate one file; nothing is stored")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--organization")
    p.add_argument("--json", action="store_true")

    for name, arg, helptext in (
        ("person", "name", "a person: parties, roles, actions"),
        ("case", "dnr", "an ärende (diarienummer) across documents and organs"),
        ("related", "item_id", "items related to an item"),
    ):
        p = sub.add_parser(name, help=helptext)
        p.add_argument(arg, metavar=arg.upper())
        p.add_argument("--json", action="store_true")
        _common(p)

    p = sub.add_parser("serve", help="run the web interface and JSON API")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    _common(p)
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    return get_settings(data=args.data, host=getattr(args, "host", None), port=getattr(args, "port", None))


def _open(args: argparse.Namespace):  # -> ArchiveContext
    from api.context import open_archive

    return open_archive(_settings(args))


def cmd_index(args: argparse.Namespace) -> int:
    """`arkiv index PATH...`."""
    from tqdm import tqdm

    from arkiv.cli_output import print_index_summary
    from indexer.pipeline import index_paths
    from indexer.run.task import FileResult

    def progress(results: Iterable[FileResult], total: int) -> Iterable[FileResult]:
        show = sys.stderr.isatty() or total > 3
        return tqdm(results, total=total, unit="fil", desc="indexerar", disable=not show, file=sys.stderr,
                    leave=False)  # fmt: skip

    report = index_paths(
        args.paths, _settings(args), organization=args.organization, progress=progress, sources=args.sources
    )
    print_index_summary(report)
    return 1 if report.skipped and not (report.indexed or report.unchanged) else 0


def cmd_search(args: argparse.Namespace) -> int:
    """`arkiv search QUERY`."""
    from api.filters import Filters
    from api.search import search
    from arkiv.cli_output import print_json, print_search, search_json

    filters = Filters(**{k: getattr(args, k) for k in ("year", "organization", "organ", "doc_type",
                                                        "party", "person", "kommun")})  # fmt: skip
    with _open(args) as ctx:
        resp = search(ctx, args.query, mode=args.mode, filters=filters, limit=args.limit, offset=args.offset)
    if args.json:
        print_json(search_json(resp))
    else:
        print_search(resp)
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    """`arkiv extract FILE`."""
    from arkiv.cli_output import print_extraction, print_json
    from indexer.extract import extract_file

    if not args.file.exists():
        raise CliError(f"no such file: {args.file}")
    from arkiv.settings import ocr_options

    ocr = ocr_options(get_settings())
    data = extract_file(args.file, organization=args.organization, ocr=ocr).to_json()
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
        case = get_case(ctx, args.dnr)
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
    "case": cmd_case, "related": cmd_related, "serve": cmd_serve,
}  # fmt: skip


def _user_errors() -> tuple[type[BaseException], ...]:
    """Exception types that are the user's input or environment, not a bug."""
    from pydantic import ValidationError

    from api.errors import QueryError
    from arkiv.archive import ArchiveError
    from indexer.read.parse import ParseError

    errors: list[type[BaseException]] = [
        CliError,
        QueryError,
        ArchiveError,
        ParseError,
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
        return 130
    except BrokenPipeError:  # `arkiv search x | head`
        return 0
    except Exception as e:
        if isinstance(e, _user_errors()):
            print(f"arkiv: {_one_line(e)}", file=sys.stderr)
            return 1
        if os.environ.get("ARKIV_DEBUG"):
            raise
        # A bug: still one line for the user, with the exception type so it can be reported.
        print(f"arkiv: internal error ({type(e).__name__}: {_one_line(e)})", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
