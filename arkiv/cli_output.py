"""How `arkiv` prints things: text for people, JSON for tools (the contracts of DESIGN.md)."""

from __future__ import annotations

import json
import re
import sys
from typing import Any, TextIO

from api.labels import ACTION_HEADINGS, VOTE_LABELS
from api.schemas import CaseDetail, ItemRef, PersonDetail, RelatedItem, SearchResponse

_MARK = re.compile(r"<mark>(.*?)</mark>", re.S)


def print_json(obj: Any, out: TextIO | None = None) -> None:
    """Print a JSON document (UTF-8 as is, indented)."""
    print(json.dumps(obj, ensure_ascii=False, indent=2), file=out or sys.stdout)


def search_json(resp: SearchResponse) -> dict[str, Any]:
    """The `arkiv search --json` contract: query, mode, total, took_ms, results, facets (+ paging)."""
    data = resp.model_dump(exclude={"facets_meta"})
    data["facets"] = {
        name: [{"value": v.value, "label": v.label, "count": v.count, "selected": v.selected} for v in values]
        for name, values in resp.facets.items()
    }
    return data


def print_rows(ctx: Any, item_ids: list[int], fmt: str, out: TextIO | None = None) -> None:
    """Export rows of these items (`api.export.SEARCH_FIELDS`) as CSV or NDJSON; URLs are paths on the server
    (`/punkt/ID`), as the command line does not know where it is served."""
    from api.export import SEARCH_FIELDS, csv_lines, ndjson_lines, search_rows

    out = out or sys.stdout
    rows = search_rows(ctx.conn, item_ids, "")
    lines = csv_lines(SEARCH_FIELDS, rows) if fmt == "csv" else ndjson_lines(rows)
    for chunk in lines:
        out.write(chunk)


def _plain(snippet: str, tty: bool) -> str:
    """A snippet for a terminal: <mark> as bold on a TTY, [..] elsewhere; entities unescaped."""
    import html

    text = _MARK.sub(
        (lambda m: f"\033[1m{m.group(1)}\033[0m") if tty else (lambda m: f"[{m.group(1)}]"), snippet
    )
    return html.unescape(text)


def _where(r: ItemRef | Any) -> str:
    parts = [p for p in (r.organization, r.organ, r.date) if p]
    return ", ".join(parts)


def _label(r: ItemRef | Any) -> str:
    return f"{r.number + ' ' if r.number else ''}{r.title}"


def print_search(resp: SearchResponse, out: TextIO | None = None) -> None:
    """Ranked lines: number, title, organ/date, source, snippet (and did-you-mean when nothing matched)."""
    out = out or sys.stdout
    tty = out.isatty()
    shown = f"{resp.offset + 1}-{resp.offset + len(resp.results)}" if resp.results else "0"
    print(f"{resp.total} träffar ({resp.mode}, {resp.took_ms:.0f} ms), visar {shown}", file=out)
    if resp.no_match:
        print(f"inget av orden i {resp.query!r} finns i arkivet", file=out)
        if resp.suggestions:
            print(f"menade du: {', '.join(resp.suggestions)}", file=out)
        for r in resp.neighbours:
            print(f"  närmast i betydelse (ingen träff): {_label(r)}  [{r.item_id}]", file=out)
    for n, r in enumerate(resp.results, start=resp.offset + 1):
        dnr = f"  [{', '.join(r.diarienummer)}]" if r.diarienummer else ""
        print(f"\n{n:>3}. {_label(r)}{dnr}", file=out)
        print(
            f"     {_where(r)} — {r.source}  ({'+'.join(r.found_by)} {r.score:.3f})  id {r.item_id}", file=out
        )
        if r.snippet:
            print(f"     {_plain(r.snippet, tty)}", file=out)
        for a in r.also:
            print(f"     samma ärende i mötet: {a.doc_type or ''} {_label(a)}  id {a.item_id}", file=out)
    facets = {k: v for k, v in resp.facets.items() if v}
    if facets:
        print("", file=out)
        for name, values in facets.items():
            vals = ", ".join(f"{'*' if v.selected else ''}{v.value} ({v.count})" for v in values)
            print(f"{name}: {vals}", file=out)


def print_person(p: PersonDetail, out: TextIO | None = None) -> None:
    """A person: parties, organs, roles, actions by kind, votes, mentions per year."""
    out = out or sys.stdout
    party = f" ({', '.join(p.parties)})" if p.parties else ""
    print(f"{p.name}{party}  [person {p.person_id}]", file=out)
    for label, values in (
        ("stavningar", p.spellings), ("organisationer", p.organizations), ("organ", p.organs),
        ("roller", p.roles), ("titlar", p.titles),
    ):  # fmt: skip
        if values:
            print(f"  {label}: {', '.join(values)}", file=out)
    for kind, entries in p.actions.items():
        print(f"\n  {ACTION_HEADINGS.get(kind, kind)} ({len(entries)}):", file=out)
        for e in entries:
            print(f"    {_when(e)}  {e.organ or ''}  {_label(e)}  [{e.item_id}]", file=out)
    if p.votes:
        print(f"\n  Röster i omröstningar ({len(p.votes)}):", file=out)
        for v in p.votes:
            rnd = f" (omröstning {v.round})" if v.round > 1 else ""
            vote = VOTE_LABELS.get(v.vote, v.vote)
            print(
                f"    {_when(v)}  {v.organ or ''}  {vote:<6}{rnd}  {_label(v)}  [{v.item_id}]",
                file=out,
            )
    if p.mentions_per_year:
        years = ", ".join(f"{y}: {n}" for y, n in p.mentions_per_year.items())
        print(f"\n  omnämnd per år: {years}  ({p.n_items} ärenden)", file=out)


def _when(ref: ItemRef) -> str:
    """The meeting date, or the year when only that is known."""
    return ref.date or (str(ref.year) if ref.year else "?")


def print_case(c: CaseDetail, out: TextIO | None = None) -> None:
    """A case: every item by date, and other organizations' ärenden printed with the same number."""
    out = out or sys.stdout
    where = f" ({', '.join(c.organizations)})" if c.organizations else ""
    print(f"{c.dnr}: {len(c.items)} ärenden i {', '.join(c.organs) or '?'}{where}", file=out)
    if len(c.printed) > 1:
        print(f"  tryckt som: {', '.join(c.printed)}", file=out)
    for it in c.items:
        print(
            f"  {_when(it)}  {it.organ or ''} ({it.doc_type or '?'})  {_label(it)}  [{it.item_id}]",
            file=out,
        )
    for other in c.others:
        print(f"  samma nummer, annat ärende: {other}", file=out)


def print_related(item_id: str, rel: list[RelatedItem], out: TextIO | None = None) -> None:
    """Related items with their reasons."""
    out = out or sys.stdout
    if not rel:
        print(f"inga relaterade ärenden för {item_id}", file=out)
    for r in rel:
        print(f"  {r.reason:<34} {_when(r)}  {r.organ or ''}  {_label(r)}  [{r.item_id}]", file=out)


def print_extraction(data: dict[str, Any], out: TextIO | None = None) -> None:
    """A short human summary of `arkiv extract` output."""
    out = out or sys.stdout
    meta = ", ".join(str(data.get(k)) for k in ("organization", "organ", "date", "doc_type") if data.get(k))
    print(f"{data['source']}: {meta}", file=out)
    print(f"{len(data['items'])} ärenden, {len(data['persons'])} personer", file=out)
    for it in data["items"]:
        dnr = f"  [{', '.join(it['diarienummer'])}]" if it["diarienummer"] else ""
        print(f"  {it['number'] or '-':>5}  {it['title'][:90]}{dnr}", file=out)


def print_index_summary(report: Any, out: TextIO | None = None) -> None:
    """What `arkiv index` did: indexed, replaced, unchanged, skipped with reasons, personnummer masked."""
    out = out or sys.stdout
    print(
        f"indexed {len(report.indexed)} documents / {report.items} items in {report.seconds:.1f} s"
        f" ({report.embedded} items embedded, the rest from the cache)",
        file=out,
    )
    if report.replaced:
        print(f"replaced {len(report.replaced)} changed documents: {', '.join(report.replaced)}", file=out)
    if report.unchanged:
        print(f"unchanged {len(report.unchanged)} documents (already in the archive)", file=out)
    if report.skipped:
        print(f"skipped {len(report.skipped)}:", file=out)
        for source, reason in report.skipped:
            print(f"  {source}: {reason}", file=out)
    print(f"personnummer masked: {report.masked_personnummer}", file=out)
