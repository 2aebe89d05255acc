"""The OpenAPI document of the app, with arkiv's own error shape instead of FastAPI's default.

Every 4xx/5xx answer of the JSON API is `{"error": "...", "detail": ...}`
(see `api.main`); the generated document is rewritten to say so.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel


class ErrorOut(BaseModel):
    """An error of the JSON API: a one-line reason, and what was wrong where (validation errors)."""

    error: str
    detail: Any = None


_ERROR_REF = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
#: Outside /api/ (the Atom feeds) an error is a Swedish HTML page, as for every web page.
_ERROR_PAGE = {"text/html": {"schema": {"type": "string"}}}
_ERROR_TEXT = {
    "404": "Finns inte",
    "422": "Ogiltig parameter: utanför sina gränser eller felaktigt skriven",
    "503": "Arkivet kan inte öppnas eller användas",
}


def install(app: FastAPI) -> None:
    """Make `app.openapi()` describe arkiv's error responses."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(
            title=app.title,
            version=app.version,
            summary=app.summary,
            description=app.description,
            routes=app.routes,
        )
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components["Error"] = ErrorOut.model_json_schema()
        for path, ops in schema.get("paths", {}).items():
            content = _ERROR_REF if path.startswith("/api/") else _ERROR_PAGE
            for op in ops.values():
                responses = op.setdefault("responses", {})
                responses.setdefault("503", {"description": _ERROR_TEXT["503"]})
                for code, response in responses.items():
                    if code[0] in "45":
                        response["content"] = content
                        if code in _ERROR_TEXT:
                            response["description"] = _ERROR_TEXT[code]
        for name in ("HTTPValidationError", "ValidationError"):
            components.pop(name, None)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
