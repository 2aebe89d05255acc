"""`/docs`: the OpenAPI description as a server-rendered page.

FastAPI's Swagger UI loads its JavaScript and CSS from a CDN, which a closed
network (and a user without JavaScript) never sees; this page renders the same
OpenAPI document (`/openapi.json`) as plain HTML: every endpoint with its
parameters, their constraints, and its responses.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from api.deps import TemplatesDep

router = APIRouter(include_in_schema=False)
_CONSTRAINTS = ("minimum", "maximum", "minLength", "maxLength", "pattern", "enum", "default")


def _schema_text(schema: dict[str, Any]) -> str:
    """A short type description: "integer", "string | null", "hybrid | lexical | semantic"."""
    if "enum" in schema:
        return " | ".join(str(v) for v in schema["enum"])
    if "anyOf" in schema:
        return " | ".join(_schema_text(s) for s in schema["anyOf"])
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if schema.get("type") == "array":
        return f"list of {_schema_text(schema.get('items', {}))}"
    return str(schema.get("type", "any"))


def _param(p: dict[str, Any]) -> dict[str, Any]:
    schema = p.get("schema", {})
    inner = next((s for s in schema.get("anyOf", []) if s.get("type") != "null"), schema)
    limits = {k: v for k, v in {**inner, **schema}.items() if k in _CONSTRAINTS and k != "enum"}
    return {
        "name": p["name"],
        "where": p.get("in", ""),
        "required": p.get("required", False),
        "type": _schema_text(schema),
        "limits": ", ".join(f"{k} {v}" for k, v in limits.items()),
        "description": p.get("description") or schema.get("description") or "",
    }


def endpoints(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The operations of an OpenAPI document, flattened for the page."""
    out = []
    for path, ops in spec.get("paths", {}).items():
        for method, op in ops.items():
            responses = []
            for code, r in op.get("responses", {}).items():
                content = r.get("content", {}).get("application/json", {}).get("schema", {})
                responses.append(
                    {"code": code, "text": r.get("description", ""), "type": _schema_text(content)}
                )
            out.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "params": [_param(p) for p in op.get("parameters", [])],
                    "responses": responses,
                    "anchor": (method + path).replace("/", "-").replace("{", "").replace("}", ""),
                }
            )
    return out


@router.get("/docs", response_class=HTMLResponse)
def docs_page(request: Request, templates: TemplatesDep) -> HTMLResponse:
    """The JSON API's reference, from its OpenAPI document."""
    spec = request.app.openapi()
    return templates.TemplateResponse(
        request, "docs.html", {"spec": spec, "endpoints": endpoints(spec), "nav": "docs"}
    )
