#!/usr/bin/env python3
"""Seed corpora of the fuzz targets, made from the project's fixtures.

    fuzz/make_corpus.py OUT_DIR

writes OUT_DIR/<target>/seed-* for every target (fuzz/CMakeLists.txt runs it at
configure time into the build folder). The seeds come from ../shared/fixtures/hf (which
must not be copied into the project, hence generated, not committed), tests/data and
resources/demo, cut to a few KiB where the whole file would only slow the fuzzer down,
plus small synthetic files for the formats no fixture has (sharded folders, students
files, exported configs). The committed fuzz/corpus/<target>/regressions/ hold the inputs
that once crashed a target. Python 3 standard library only.
"""
import json
import os
import struct
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "fixtures", "hf")


def read(path):
    with open(path, "rb") as f:
        return f.read()


def safetensors(tensors, metadata=None):
    """tensors: list of (name, dtype, shape, bytes)."""
    header, data = {}, b""
    if metadata is not None:
        header["__metadata__"] = metadata
    for name, dtype, shape, raw in tensors:
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [len(data), len(data) + len(raw)]}
        data += raw
    text = json.dumps(header).encode()
    text += b" " * (-len(text) % 8)
    return struct.pack("<Q", len(text)) + text + data


def f32(n, v=0.5):
    return struct.pack("<%df" % n, *([v] * n))


def main(out):
    seeds = {}

    def add(target, name, data):
        seeds.setdefault(target, []).append((name, data))

    # safetensors: small synthetic files of every dtype, and real headers with their data cut.
    add("safetensors", "small", safetensors([("a", "F32", [2, 3], f32(6)), ("b", "I64", [2], struct.pack("<2q", 1, 2))],
                                            {"format": "pt"}))
    add("safetensors", "dtypes", safetensors([(d, d, [2], b"\0" * (2 * s)) for d, s in
                                              [("F16", 2), ("BF16", 2), ("F64", 8), ("I32", 4), ("I8", 1), ("U8", 1),
                                               ("BOOL", 1), ("I16", 2)]]))
    add("safetensors", "empty-tensor", safetensors([("e", "F32", [0, 4], b""), ("s", "F32", [], f32(1))]))
    add("safetensors", "header-only", safetensors([]))
    for model in ("tiny-llama", "tiny-qwen2"):
        p = os.path.join(SHARED, "models", model, "model.safetensors")
        if os.path.exists(p):
            raw = read(p)
            n = struct.unpack("<Q", raw[:8])[0]
            add("safetensors", model + "-cut", raw[:8 + n + 256])

    # weight_files: an index and two shards; a single model.safetensors.
    s1 = safetensors([("model.a", "F32", [2], f32(2))])
    s2 = safetensors([("model.b", "F16", [4], b"\0" * 8), ("model.c", "F32", [1], f32(1))])
    index = json.dumps({"metadata": {"total_size": 24},
                        "weight_map": {"model.a": "shard1.safetensors", "model.b": "shard2.safetensors",
                                       "model.c": "shard2.safetensors"}}).encode()
    sep = b"\n--shard--\n"
    add("weight_files", "sharded", index + sep + s1 + sep + s2)
    add("weight_files", "single", sep + s1)
    sharded = os.path.join(ROOT, "tests", "data", "hf-extra", "models", "tiny-llama3-bf16-sharded",
                           "model.safetensors.index.json")
    if os.path.exists(sharded):
        add("weight_files", "real-index", read(sharded) + sep + s1)

    # config: every fixture's config.json; export_config: exported hybrids' configs.
    configs = []
    for base in (os.path.join(SHARED, "models"), os.path.join(ROOT, "tests", "data", "hf-extra", "models")):
        if os.path.isdir(base):
            for m in sorted(os.listdir(base)):
                p = os.path.join(base, m, "config.json")
                if os.path.exists(p):
                    configs.append((m, read(p)))
    demo = os.path.join(ROOT, "resources", "demo", "model", "config.json")
    if os.path.exists(demo):
        configs.append(("demo", read(demo)))
    for name, data in configs:
        add("config", name, data)
    old_style = {"model_type": "qwen2", "vocab_size": 100, "hidden_size": 32, "intermediate_size": 64,
                 "num_hidden_layers": 3, "num_attention_heads": 4, "num_key_value_heads": 2, "rope_theta": 1e6,
                 "rope_scaling": {"type": "llama3", "factor": 8.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0,
                                  "original_max_position_embeddings": 64},
                 "use_sliding_window": True, "sliding_window": 4, "max_window_layers": 1,
                 "torch_dtype": "bfloat16", "eos_token_id": [1, 2]}
    add("config", "old-style", json.dumps(old_style).encode())
    gen = b'{"bos_token_id": 1, "eos_token_id": [2, 3]}'
    for name, data in configs[:2]:
        cfg = json.loads(data)
        n = cfg["num_hidden_layers"]
        cfg["layer_types"] = ["linear_attention" if i % 2 == 0 else "full_attention" for i in range(n)]
        cfg["linear_attn_config"] = {"format": "dtr-hybrid", "version": 1, "layers": {
            str(i): {"mixer": ["gdn", "gla", "jetblock"][i % 3],
                     "options": {"hidden_size": cfg["hidden_size"], "num_heads": cfg["num_attention_heads"]}}
            for i in range(0, n, 2)}}
        cfg["dtr_export"] = {"tool_version": "0.1.0", "configuration": "search1-best"}
        add("export_config", name, json.dumps(cfg, indent=2).encode() + b"\n--generation_config--\n" + gen)
        add("export_config", name + "-nogen", json.dumps(cfg).encode())

    # tokenizers: the fixture files whole (tokenizer_load); texts to encode (tokenizer_encode).
    toks = [os.path.join(SHARED, "tokenizers", "bytelevel_llama3.json"),
            os.path.join(SHARED, "tokenizers", "metaspace_bytefallback.json"),
            os.path.join(ROOT, "tests", "data", "hf-extra", "tokenizers", "bytelevel_gpt2.json"),
            os.path.join(ROOT, "resources", "demo", "model", "tokenizer.json")]
    for p in toks:
        if os.path.exists(p):
            add("tokenizer_load", os.path.basename(os.path.dirname(p)) + "-" + os.path.basename(p), read(p))
    texts = []
    for p in (os.path.join(SHARED, "tokenizers", "bytelevel_llama3.cases.json"),
              os.path.join(SHARED, "tokenizers", "metaspace_bytefallback.cases.json")):
        if os.path.exists(p):
            for case in json.loads(read(p)).get("cases", []):
                if isinstance(case, dict) and isinstance(case.get("text"), str):
                    texts.append(case["text"].encode())
    texts += [b"Hello world", "caf\u00e9 \u65e5\u672c\u8a9e \U0001F600".encode(), b"  leading  spaces\n\ttabs",
              b"<|begin_of_text|>special<|end_of_text|>", b"\xff\xfe invalid utf-8"]
    for i, t in enumerate(texts[:40]):
        for k in range(2):
            add("tokenizer_encode", "text%02d-%d" % (i, k), bytes([k | (0x80 if i % 3 == 0 else 0)]) + t)

    # tasks: the first lines of the demo's tasks, and one of each kind.
    tasks = os.path.join(ROOT, "resources", "demo", "data", "tasks")
    if os.path.isdir(tasks):
        for t in sorted(os.listdir(tasks)):
            p = os.path.join(tasks, t, "validation.jsonl")
            if os.path.exists(p):
                add("tasks", t, b"".join(read(p).splitlines(True)[:4]))
    add("tasks", "lm", b'{"text": "one line"}\r\n\n{"text": "two"}\n')
    add("tasks", "generation", b'{"prompt": "2+2=", "answer": "4"}\n{"prompt": "3+3=", "answer": "6"}')

    # calibration: bit 0 of the first byte is JSONL (1) or plain text (0).
    calib = os.path.join(ROOT, "resources", "demo", "data", "calib.jsonl")
    if os.path.exists(calib):
        add("calibration", "demo-jsonl", b"\x01" + b"".join(read(calib).splitlines(True)[:3]))
    add("calibration", "text", b"\x00First paragraph,\nstill the first.\n\nSecond one.\r\n\n\n  \nThird.")
    add("calibration", "jsonl", b'\x01{"text": "a"}\n\n{"text": "b\\nc", "meta": 1}\n')

    # students: students files for the tiny Llama (hidden 64, 4 heads, 2 kv heads, head_dim 16).
    geometry = {"format": "dtr-students", "version": "1", "hidden_size": "64", "num_layers": "4",
                "num_heads": "4", "num_kv_heads": "2", "head_dim": "16"}
    entries = {"1": {"mixer": "gla", "options": {"hidden_size": 64, "num_heads": 4, "num_kv_heads": 2,
                                                  "head_k_dim": 16, "head_v_dim": 16}, "init": "transfer"},
               "3": {"mixer": "gdn", "options": {"hidden_size": 64}, "init": "random"}}
    add("students", "two", safetensors([("model.layers.1.linear_attn.q_proj.weight", "F32", [2, 2], f32(4))],
                                       dict(geometry, students=json.dumps(entries))))
    add("students", "empty", safetensors([], dict(geometry, students="{}")))
    add("students", "legacy", safetensors([("q_proj.weight", "F32", [1], f32(1))],
                                          {"mixer": "gla", "options": json.dumps(entries["1"]["options"])}))

    # project: the schema fixtures (SQLite files of every schema version).
    proj = os.path.join(ROOT, "tests", "data", "project")
    if os.path.isdir(proj):
        for f in sorted(os.listdir(proj)):
            if f.endswith(".dtr"):
                add("project", f, read(proj + "/" + f))

    for target, files in seeds.items():
        d = os.path.join(out, target)
        os.makedirs(d, exist_ok=True)
        for name, data in files:
            with open(os.path.join(d, "seed-" + name), "wb") as f:
                f.write(data)
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
