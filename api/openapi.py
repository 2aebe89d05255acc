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
        for ops in schema.get("paths", {}).values():
            for op in ops.values():
                for code, response in op.get("responses", {}).items():
                    if code[0] in "45":
                        response["content"] = _ERROR_REF
                        if code == "422":
                            response["description"] = "Invalid input: a parameter out of range or malformed"
        for name in ("HTTPValidationError", "ValidationError"):
            components.pop(name, None)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
