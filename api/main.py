"""The FastAPI application: the JSON API, the server-rendered web pages and the Atom feeds.

`create_app(settings)` builds one app; nothing is built at import time. The
archive is opened once in the app's lifespan and kept on `app.state`. Run it
with `arkiv serve`, or `uvicorn --factory api.main:app_factory`.

The service is read-only: only GET (and HEAD) are answered; anything else is
a 405. Bad input never ends in a 500: validation errors, an over-long query,
a bad limit or an unknown id get a 4xx — JSON `{"error": ..., "detail": ...}`
under `/api/`, a friendly Swedish page elsewhere.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api import openapi
from api.deps import STATIC_DIR, TEMPLATES_DIR, ArchiveUnavailable
from api.errors import QueryError
from api.templating import configure
from arkiv.archive import ArchiveError
from arkiv.settings import Settings, get_settings

log = logging.getLogger("arkiv.api")

# Swedish page titles for the status codes a visitor can meet.
_STATUS_TEXT = {
    400: "Felaktig förfrågan",
    404: "Sidan finns inte",
    405: "Metoden är inte tillåten",
    422: "Ogiltig sökning",
    500: "Något gick fel",
    503: "Arkivet är inte tillgängligt",
}
_STATUS_DETAIL = {
    404: "Det du letar efter finns inte i arkivet. Kontrollera adressen eller sök i stället.",
    405: "Arkivet går bara att läsa (GET).",
    500: "Ett internt fel inträffade. Försök igen eller sök på något annat.",
}


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/api"


def _error_response(request: Request, status: int, error: str, detail: Any = None) -> Response:
    """JSON under /api/, a Swedish HTML page elsewhere, with the right status code."""
    if _is_api(request):
        return JSONResponse({"error": error, "detail": jsonable_encoder(detail)}, status_code=status)
    templates: Jinja2Templates = request.app.state.templates
    generic = error in {s.phrase for s in HTTPStatus}  # Starlette's own "Not Found": say it in Swedish
    message = (_STATUS_DETAIL.get(status) or error) if generic else error
    return templates.TemplateResponse(
        request,
        "error.html",
        {"status": status, "heading": _STATUS_TEXT.get(status, "Fel"), "message": message},
        status_code=status,
    )


def _validation_detail(exc: RequestValidationError) -> tuple[str, list[dict[str, Any]]]:
    """A one-line reason and a JSON-safe list of what was wrong with which parameter."""
    detail = [
        {"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", "")), "input": e.get("input")}
        for e in exc.errors()
    ]
    first = detail[0] if detail else {"loc": [], "msg": "invalid input"}
    where = first["loc"][-1] if first["loc"] else "input"
    return f"invalid parameter {where}: {first['msg']}", detail


def _swedish_query_error(message: str, max_chars: int) -> str:
    """The search layer's reason, said to a visitor of the web pages."""
    if "longer than" in message:
        return f"Sökfrågan är för lång: högst {max_chars} tecken."
    if "empty query" in message:
        return "Skriv något att söka efter."
    return f"Sökningen kunde inte göras ({message})."


def _install_error_handlers(app: FastAPI, settings: Settings) -> None:
    @app.exception_handler(RequestValidationError)
    async def on_validation(request: Request, exc: RequestValidationError) -> Response:
        error, detail = _validation_detail(exc)
        if not _is_api(request):
            too_long = any(
                e.get("loc", ())[-1:] == ("q",) and e.get("type") == "string_too_long" for e in exc.errors()
            )
            error = (
                _swedish_query_error("longer than", settings.max_query_chars)
                if too_long
                else "Ogiltig parameter: " + error.removeprefix("invalid parameter ")
            )
        return _error_response(request, 422, error, detail)

    @app.exception_handler(QueryError)
    async def on_query_error(request: Request, exc: QueryError) -> Response:
        message = str(exc) if _is_api(request) else _swedish_query_error(str(exc), settings.max_query_chars)
        return _error_response(request, 422, message, {"q": request.query_params.get("q", "")[:100]})

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException) -> Response:
        response = _error_response(request, exc.status_code, str(exc.detail), None)
        if exc.status_code == 405:
            response.headers["Allow"] = "GET, HEAD"
        return response

    @app.exception_handler(ArchiveUnavailable)
    async def on_unavailable(request: Request, exc: ArchiveUnavailable) -> Response:
        prefix = "archive unavailable" if _is_api(request) else "Arkivet kunde inte öppnas"
        return _error_response(request, 503, f"{prefix}: {exc.reason}")

    @app.exception_handler(ArchiveError)
    async def on_archive_error(request: Request, exc: ArchiveError) -> Response:
        # E.g. the query model does not match the archive's (found when a semantic search first loads it).
        prefix = "archive unavailable" if _is_api(request) else "Arkivet kan inte användas"
        return _error_response(request, 503, f"{prefix}: {exc}")

    @app.exception_handler(Exception)
    async def on_bug(request: Request, exc: Exception) -> Response:  # pragma: no cover - a bug, logged
        log.exception("internal error on %s", request.url.path)
        return _error_response(request, 500, "internal error")


class HeadAsGet:
    """Answer HEAD like GET without a body, so every page and endpoint supports HEAD."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body"):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, send_headers_only)


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the arkiv web application.

    Args:
        settings: Where the archive is and how to search it; `get_settings()` (the environment) when None.

    Returns:
        The app; the archive is opened when it starts (lifespan). If it cannot be opened the app still
        starts and answers every request with a 503 that says why, so `arkiv serve` never shows a traceback.
    """
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from api.context import open_archive

        try:
            app.state.ctx = open_archive(settings)
        except (ArchiveError, OSError) as e:
            app.state.ctx = None
            app.state.archive_error = str(e)
            log.error("arkiv: the archive at %s cannot be opened: %s", settings.data, e)
        if app.state.ctx is not None and settings.warm_up:
            from api.warmup import warm_up

            app.state.warm_up = warm_up(app.state.ctx)
        try:
            yield
        finally:
            if app.state.ctx is not None:
                app.state.ctx.close()
                app.state.ctx = None

    app = FastAPI(
        title="arkiv",
        summary="Sök i kommuners och regioners protokoll, kallelser och anteckningar.",
        description=(
            "Ett JSON-API som bara läser, över ett arkiv av svenska kommuners och regioners protokoll: "
            "sökning "
            "med ord och betydelse, facetter, punkter, relaterade punkter, möten, personer, ärenden "
            "(diarienummer) och statistik. Sökningar kan också laddas ner som CSV eller NDJSON. Fel ges som "
            'JSON `{"error": "...", "detail": ...}` med statuskod 4xx.'
        ),
        version="0.1.0",
        lifespan=lifespan,
        docs_url=None,  # FastAPI's Swagger UI needs a CDN; api.routers.docs serves it offline
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.ctx = None
    app.state.archive_error = None
    app.state.templates = configure(Jinja2Templates(directory=str(TEMPLATES_DIR)))
    _install_error_handlers(app, settings)
    openapi.install(app)
    app.add_middleware(HeadAsGet)
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")
    from api.routers.docs import ASSETS

    app.mount("/docs/assets", StaticFiles(directory=str(ASSETS)), name="docs-assets")

    from api.routers import (
        api_cases,
        api_items,
        api_meetings,
        api_persons,
        api_search,
        api_stats,
        docs,
        feeds,
        originals,
        web,
        web_browse,
        web_pages,
    )

    for module in (
        api_search, api_items, api_meetings, api_persons, api_cases, api_stats, feeds,
        web, web_browse, web_pages, originals, docs,
    ):  # fmt: skip
        app.include_router(module.router)
    return app


def app_factory() -> FastAPI:
    """For `uvicorn --factory api.main:app_factory`: settings from the environment (`ARKIV_*`)."""
    return create_app()
