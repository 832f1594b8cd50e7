#!/usr/bin/env python3
"""Checks the PyTorch implementation bundled with every `dtr export` against the engine.

    test_export_torch.py DTR_CLI EXPORT_DIR [EXPORT_DIR...]

For each export folder: writes input ids (B=2, T=20, fixed seed) to a safetensors file,
runs `DTR_CLI forward EXPORT_DIR --input in.safetensors --output out.safetensors`, and
compares its "logits" with those of dtr_hybrid_torch.load_model(EXPORT_DIR) in float32:
max|a - b| / max|b| must be <= 1e-4. A second input left-pads row 1 (attention_mask)
and is compared the same way. The module is imported from the folder when it ships
one (what users get), else from core/export/python (an export without linear layers
ships none). Prints one line per folder and input; exit 1 on any failure, 77 (skipped)
when /usr/bin/python3 has no torch.
"""

import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import traceback

try:
    import torch
except ImportError:
    print("SKIP: python3-torch not installed")
    sys.exit(77)

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_PYDIR = os.path.normpath(os.path.join(HERE, "..", "..", "core", "export", "python"))
TOLERANCE = 1e-4
BATCH, TOKENS, PAD = 2, 20, 5


def import_module(folder):
    """dtr_hybrid_torch from the export folder if it ships one, else from the source tree."""
    path = os.path.join(folder, "dtr_hybrid_torch.py")
    if not os.path.exists(path):
        path = os.path.join(SOURCE_PYDIR, "dtr_hybrid_torch.py")
    name = "dtr_hybrid_torch_%d" % abs(hash(path))
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module, path


def make_inputs(vocab_size):
    g = torch.Generator().manual_seed(1234)
    ids = torch.randint(0, vocab_size, (BATCH, TOKENS), generator=g, dtype=torch.int64)
    mask = torch.ones(BATCH, TOKENS, dtype=torch.int64)
    mask[1, :PAD] = 0  # row 1 left-padded
    return [("plain", {"input_ids": ids}), ("padded", {"input_ids": ids, "attention_mask": mask})]


def run_cli(cli, folder, inputs, workdir, dh):
    inp = os.path.join(workdir, "in.safetensors")
    out = os.path.join(workdir, "out.safetensors")
    dh.save_safetensors(inp, inputs)
    if os.path.exists(out):
        os.remove(out)
    cmd = [cli, "forward", folder, "--input", inp, "--output", out]
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)
    if r.returncode != 0:
        raise RuntimeError("%s failed (exit %d): %s" % (" ".join(cmd), r.returncode, r.stderr.strip()))
    tensors = dh.load_safetensors(out)
    if "logits" not in tensors:
        raise RuntimeError("%s holds no 'logits'" % out)
    return tensors["logits"].to(torch.float32)


def rel_error(a, b):
    return float((a - b).abs().max()) / max(float(b.abs().max()), 1e-30)


def check_folder(cli, folder, workdir):
    """Returns (ok, lines)."""
    dh, module_path = import_module(folder)
    with open(os.path.join(folder, "config.json"), encoding="utf-8") as f:
        cfg = json.load(f)
    model = dh.load_model(folder, dtype=torch.float32)
    kinds = model.layer_kinds()
    desc = ",".join(k if k != "full" else "f" for k in kinds)
    ok = True
    lines = []
    for label, inputs in make_inputs(int(cfg["vocab_size"])):
        ref = run_cli(cli, folder, inputs, workdir, dh)
        with torch.no_grad():
            got = model(inputs["input_ids"], attention_mask=inputs.get("attention_mask")).to(torch.float32)
        if tuple(got.shape) != tuple(ref.shape):
            lines.append("FAIL %s [%s] %s: logits shape %s, dtr forward %s" % (folder, desc, label, tuple(got.shape),
                                                                               tuple(ref.shape)))
            ok = False
            continue
        err = rel_error(got, ref)
        good = err <= TOLERANCE and bool(torch.isfinite(got).all())
        ok = ok and good
        lines.append("%s %s [%s] %s: max relative error %.3e (tolerance %.0e; module %s)"
                     % ("ok  " if good else "FAIL", folder, desc, label, err, TOLERANCE,
                        "bundled" if os.path.dirname(module_path) == os.path.abspath(folder) else "source tree"))
    return ok, lines


def main(argv):
    if len(argv) < 3:
        print("usage: test_export_torch.py DTR_CLI EXPORT_DIR [EXPORT_DIR...]", file=sys.stderr)
        return 2
    cli, folders = argv[1], argv[2:]
    torch.manual_seed(0)
    torch.set_num_threads(max(1, min(4, os.cpu_count() or 1)))
    failed = []
    with tempfile.TemporaryDirectory(prefix="dtr_export_torch_") as workdir:
        for folder in folders:
            folder = os.path.abspath(folder)
            try:
                ok, lines = check_folder(cli, folder, workdir)
            except Exception as e:  # a folder that cannot be loaded or run is a failure
                if not isinstance(e, (RuntimeError, OSError)):
                    traceback.print_exc()
                ok, lines = False, ["FAIL %s: %s: %s" % (folder, type(e).__name__, e)]
            for line in lines:
                print(line)
            if not ok:
                failed.append(folder)
    if failed:
        print("FAILED: the bundled PyTorch implementation does not match `dtr forward` for %d folder(s): %s"
              % (len(failed), ", ".join(failed)))
        return 1
    print("all %d folder(s) match `dtr forward` within %.0e" % (len(folders), TOLERANCE))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
