"""FastAPI dependencies: the settings, the open archive and the templates of one app.

The archive is opened once per app (in the lifespan, see `api.main`) and kept
on `app.state`; every request borrows it through these dependencies, so no
request pays for opening SQLite, FAISS or the embedder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import Depends, Request
from fastapi.templating import Jinja2Templates

from api.context import ArchiveContext
from arkiv.settings import Settings

TEMPLATES_DIR = Path(__file__).parent / "templates"
STATIC_DIR = Path(__file__).parent / "static"


class ArchiveUnavailable(Exception):
    """The archive could not be opened when the app started; every request says why (HTTP 503)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def get_settings(request: Request) -> Settings:
    """The settings the app was created with."""
    return request.app.state.settings


def get_archive(request: Request) -> ArchiveContext:
    """The archive opened at start-up.

    Raises:
        ArchiveUnavailable: When it could not be opened (missing, or built with another model).
    """
    ctx = getattr(request.app.state, "ctx", None)
    if ctx is None:
        raise ArchiveUnavailable(
            getattr(request.app.state, "archive_error", None) or "arkivet är inte öppnat"
        )
    return ctx


def get_templates(request: Request) -> Jinja2Templates:
    """The Jinja2 environment of the app (autoescaping on)."""
    return request.app.state.templates


SettingsDep = Annotated[Settings, Depends(get_settings)]
ArchiveDep = Annotated[ArchiveContext, Depends(get_archive)]
TemplatesDep = Annotated[Jinja2Templates, Depends(get_templates)]
