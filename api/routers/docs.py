"""`/docs`: the API's reference — Swagger UI served offline, and a plain HTML page without JavaScript.

FastAPI's own Swagger UI loads its JavaScript and CSS from a CDN, which a closed network never
sees: `swagger-ui-bundle` ships those assets in its wheel, served here under `/docs/assets`.
The texts the API writes (summaries, descriptions, parameters) are Swedish; Swagger UI's own
buttons are its own. `/docs/referens` renders the same OpenAPI document as plain HTML (every
endpoint with its parameters, their limits and its responses) for readers without JavaScript.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import swagger_ui_bundle
from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse

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
        return f"lista med {_schema_text(schema.get('items', {}))}"
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


#: Swagger UI's assets, from the swagger-ui-bundle wheel (no CDN).
ASSETS = Path(swagger_ui_bundle.swagger_ui_path)


def as_openapi_30(node: Any) -> Any:
    """A copy of an OpenAPI 3.1 document that Swagger UI 4 (the bundle's) reads: version 3.0.3, and
    `anyOf: [X, {"type": "null"}]` written as X with `nullable: true`."""
    if isinstance(node, list):
        return [as_openapi_30(x) for x in node]
    if not isinstance(node, dict):
        return node
    out = {k: as_openapi_30(v) for k, v in node.items()}
    options = out.get("anyOf")
    if isinstance(options, list) and {"type": "null"} in options:
        rest = [o for o in options if o != {"type": "null"}]
        del out["anyOf"]
        out.update(rest[0] if len(rest) == 1 else {"anyOf": rest})
        out["nullable"] = True
    if "openapi" in out and isinstance(out["openapi"], str):
        out["openapi"] = "3.0.3"
    return out


@router.get("/docs/openapi-3.0.json", include_in_schema=False)
def openapi_30(request: Request) -> JSONResponse:
    """The OpenAPI document as 3.0.3, for the bundled Swagger UI (/openapi.json stays 3.1)."""
    return JSONResponse(as_openapi_30(request.app.openapi()))


@router.get("/docs", response_class=HTMLResponse)
def swagger_page() -> HTMLResponse:
    """Swagger UI over the OpenAPI document, with its assets served from this server."""
    page = get_swagger_ui_html(
        openapi_url="/docs/openapi-3.0.json",
        title="arkiv – JSON-API",
        swagger_js_url="/docs/assets/swagger-ui-bundle.js",
        swagger_css_url="/docs/assets/swagger-ui.css",
        swagger_favicon_url="/static/favicon.svg",
        swagger_ui_parameters={"defaultModelsExpandDepth": 0, "docExpansion": "list"},
    )
    body = page.body.decode() if isinstance(page.body, bytes) else str(page.body)
    note = (
        '<p style="font-family:sans-serif;margin:1rem">Utan JavaScript: <a href="/docs/referens">'
        'API-referensen som vanlig sida</a> · <a href="/">Till arkivet</a></p>'
    )
    return HTMLResponse(body.replace("<body>", "<body>" + note, 1).replace("<html>", '<html lang="sv">', 1))


@router.get("/docs/referens", response_class=HTMLResponse)
def docs_page(request: Request, templates: TemplatesDep) -> HTMLResponse:
    """The JSON API's reference, from its OpenAPI document, as a plain page."""
    spec = request.app.openapi()
    return templates.TemplateResponse(
        request, "docs.html", {"spec": spec, "endpoints": endpoints(spec), "nav": "docs"}
    )
