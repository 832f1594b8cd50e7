#!/usr/bin/env python3
"""Builds the demo model's data from Debian's `fortunes` package (see SOURCES.md).

Deterministic for a given --seed (Python stdlib only). Reads the .deb in source/
(an `ar` archive holding data.tar.xz), splits every fortune file into fortunes,
holds some out, and writes into data/:

  pretrain.jsonl        pretraining documents {"text"}: the training fortunes, each
                        followed by "\nTopic: <file name>", mixed (shuffled) with
                        synthetic in-context associative recall sequences
  pretrain_valid.jsonl  held-out fortunes in the same format (held-out loss)
  calib.jsonl           calibration text for distillation: training fortunes and
                        fresh recall sequences
  tasks/recall/{validation,test}.jsonl   in-context associative recall (4 choices)
  tasks/cloze/{validation,test}.jsonl    next word of held-out text (4 choices)
  tasks/topic/{validation,test}.jsonl    which file a held-out fortune is from (4 choices)

Task lines follow lm-evaluation-harness multiple choice: {"context", "choices", "label"};
every choice starts with a space and is scored as a continuation of the context.
"""

import argparse
import io
import json
import lzma
import os
import random
import re
import tarfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEBS = [os.path.join(HERE, "source", name)
        for name in ("fortunes-min_1.99.1-7.3_all.deb", "fortunes_1.99.1-7.3_all.deb")]

# Fortune files used (the package's others: ascii-art is pictures, translate-me is
# not English, ethnic / men-women / drugs / politics are left out on taste).
CATEGORIES = [
    "art", "computers", "cookie", "debian", "definitions", "disclaimer", "education", "fortunes",
    "food", "goedel", "humorists", "kids", "knghtbrd", "law", "linux", "linuxcookie",
    "literature", "love", "magic", "medicine", "miscellaneous", "news", "paradoxum",
    "people", "perl", "pets", "platitudes", "pratchett", "riddles", "science",
    "songs-poems", "sports", "startrek", "tao", "wisdom", "work", "zippy",
]
TOPIC_CLASSES = ["computers", "definitions", "law", "songs-poems"]
TOPIC_HELDOUT_PER_CLASS = 100   # 40 validation + 60 test per class
CLOZE_HELDOUT = 420             # fortunes from every file, held out for the cloze task
TASK_MAX_CHARS = 260            # cloze: keeps context + choice under 96 tokens
TOPIC_MAX_CHARS = 220           # topic: the same with "\nTopic: songs-poems"

# Recall vocabulary: keys and values are disjoint, short, common English words (the
# tokenizer trained on this corpus gives each a single token).
KEYS = """apple river stone cloud bread chair table horse mouse tiger lemon plate glass
paper towel brick grass sheep goat shirt train plane truck boat coin ring lamp bell
drum flute piano coat hat shoe sock door wall roof floor bird fish frog snake
bear wolf fox deer duck egg milk cheese salt sugar rice corn bean pear plum
grape peach""".split()
VALUES = """red blue green black white pink gold silver brown gray one two three four five
six seven eight nine ten north south east west hot cold warm dry wet soft hard
loud quiet fast slow big small tall short old new young happy sad calm wild
bright dark sweet sour rich poor early late left right open shut""".split()


def read_deb(path):
    """Files of a .deb's data.tar.* as {name: bytes}."""
    with open(path, "rb") as f:
        blob = f.read()
    if not blob.startswith(b"!<arch>\n"):
        raise SystemExit(f"{path}: not a Debian package (ar archive)")
    pos, members = 8, {}
    while pos + 60 <= len(blob):
        header = blob[pos:pos + 60]
        name = header[:16].decode().strip().rstrip("/")
        size = int(header[48:58].decode().strip())
        members[name] = blob[pos + 60:pos + 60 + size]
        pos += 60 + size + (size & 1)
    data_name = next((n for n in members if n.startswith("data.tar")), None)
    if data_name is None:
        raise SystemExit(f"{path}: no data.tar member")
    raw = members[data_name]
    if data_name.endswith(".xz"):
        raw = lzma.decompress(raw)
    files = {}
    with tarfile.open(fileobj=io.BytesIO(raw), mode="r:") as tar:
        for m in tar.getmembers():
            if m.isfile():
                files[m.name.lstrip("./")] = tar.extractfile(m).read()
    return files


def clean(text):
    text = re.sub(r".\x08", "", text)                # overstriking (x BACKSPACE)
    text = text.replace("\t", "    ")
    text = "".join(ch for ch in text if ch == "\n" or ord(ch) >= 32)
    lines = [ln.rstrip() for ln in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def load_fortunes(files):
    out = {}
    for cat in CATEGORIES:
        raw = files.get(f"usr/share/games/fortunes/{cat}")
        if raw is None:
            raise SystemExit(f"{' and '.join(DEBS)}: no fortune file '{cat}'")
        text = raw.decode("utf-8", errors="replace")
        items = [clean(t) for t in re.split(r"^%$", text, flags=re.M)]
        out[cat] = [t for t in items if len(t) >= 20]
    return out


def as_document(fortune, topic):
    return f"{fortune}\nTopic: {topic}"


def recall_sequence(rng, n_pairs, n_queries):
    """'k1 v1, k2 v2, ... kn vn.\\nkq vq, ...' and its pairs / queried keys."""
    keys = rng.sample(KEYS, n_pairs)
    values = [rng.choice(VALUES) for _ in keys]
    pairs = ", ".join(f"{k} {v}" for k, v in zip(keys, values)) + "."
    queried = [rng.randrange(n_pairs) for _ in range(n_queries)]
    return keys, values, pairs, queried


def recall_document(rng):
    n = rng.randint(4, 16)
    keys, values, pairs, queried = recall_sequence(rng, n, rng.randint(n, 2 * n))
    queries = ", ".join(f"{keys[i]} {values[i]}" for i in queried) + "."
    return pairs + "\n" + queries


def recall_example(rng):
    """Context ends at a queried key; choices: its value and three other values of the list."""
    while True:
        n = rng.randint(8, 12)
        keys, values, pairs, queried = recall_sequence(rng, n, rng.randint(1, 3))
        target = queried[-1]
        others = sorted(set(values) - {values[target]})
        if len(others) >= 3:
            break
    before = "".join(f"{keys[i]} {values[i]}, " for i in queried[:-1])
    context = pairs + "\n" + before + keys[target]
    distractors = rng.sample(others, 3)
    choices = [values[target]] + distractors
    rng.shuffle(choices)
    return {"context": context, "choices": [" " + c for c in choices], "label": choices.index(values[target])}


WORD = re.compile(r"[A-Za-z]+")


def cloze_example(rng, fortune, vocabulary):
    """Context: a held-out fortune up to a word (>= 6 words in); choices: that word and
    three corpus words of similar length, in the same capitalisation."""
    text = fortune[:TASK_MAX_CHARS]
    spots = []
    for m in re.finditer(r"(?<= )([A-Za-z]{3,})\b", text):
        if len(WORD.findall(text[:m.start()])) >= 6:
            spots.append(m)
    if not spots:
        return None
    m = rng.choice(spots)
    word = m.group(1)
    candidates = [w for w in vocabulary.get(len(word), []) if w.lower() != word.lower()]
    if len(candidates) < 3:
        return None
    distractors = rng.sample(candidates, 3)
    if word[0].isupper():
        distractors = [d.capitalize() for d in distractors]
    context = text[:m.start() - 1]
    choices = [word] + distractors
    rng.shuffle(choices)
    return {"context": context, "choices": [" " + c for c in choices], "label": choices.index(word)}


def write_jsonl(path, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default=os.path.join(HERE, "data"))
    ap.add_argument("--recall-docs", type=int, default=12000, help="recall sequences in the pretraining text")
    ap.add_argument("--calib-fortunes", type=int, default=1200)
    ap.add_argument("--calib-recall", type=int, default=300)
    args = ap.parse_args()
    rng = random.Random(args.seed)

    files = {}
    for deb in DEBS:
        files.update(read_deb(deb))
    fortunes = load_fortunes(files)
    train, heldout_topic, heldout_cloze = [], {c: [] for c in TOPIC_CLASSES}, []
    for cat in CATEGORIES:
        items = list(fortunes[cat])
        rng.shuffle(items)
        if cat in TOPIC_CLASSES:
            short = [i for i, t in enumerate(items) if len(t) <= TOPIC_MAX_CHARS][:TOPIC_HELDOUT_PER_CLASS]
            heldout_topic[cat] = [items[i] for i in short]
            items = [t for i, t in enumerate(items) if i not in set(short)]
        train += [(t, cat) for t in items]
    rng.shuffle(train)
    # Cloze: held out from across all files (drawn from the shuffled training list).
    kept, cloze_pool = [], []
    for t, cat in train:
        if len(cloze_pool) < CLOZE_HELDOUT and len(t) <= 2 * TASK_MAX_CHARS and len(WORD.findall(t)) >= 10:
            cloze_pool.append((t, cat))
        else:
            kept.append((t, cat))
    train = kept

    # Word list for cloze distractors: training words seen at least 3 times, by length.
    counts = {}
    for t, _ in train:
        for w in WORD.findall(t):
            if len(w) >= 3:
                counts[w.lower()] = counts.get(w.lower(), 0) + 1
    vocabulary = {}
    for w in sorted(counts):
        if counts[w] >= 3:
            vocabulary.setdefault(len(w), []).append(w)

    docs = [as_document(t, cat) for t, cat in train]
    docs += [recall_document(rng) for _ in range(args.recall_docs)]
    rng.shuffle(docs)
    write_jsonl(os.path.join(args.out, "pretrain.jsonl"), ({"text": d} for d in docs))

    valid = [as_document(t, cat) for t, cat in cloze_pool]
    valid += [as_document(t, cat) for cat in TOPIC_CLASSES for t in heldout_topic[cat]]
    write_jsonl(os.path.join(args.out, "pretrain_valid.jsonl"), ({"text": d} for d in valid))

    calib_src = rng.sample(train, min(args.calib_fortunes, len(train)))
    calib = [as_document(t, cat) for t, cat in calib_src] + [recall_document(rng) for _ in range(args.calib_recall)]
    rng.shuffle(calib)
    write_jsonl(os.path.join(args.out, "calib.jsonl"), ({"text": d} for d in calib))

    tasks = os.path.join(args.out, "tasks")
    recall = [recall_example(rng) for _ in range(150 + 250)]
    write_jsonl(os.path.join(tasks, "recall", "validation.jsonl"), recall[:150])
    write_jsonl(os.path.join(tasks, "recall", "test.jsonl"), recall[150:])

    cloze = []
    for t, _ in cloze_pool:
        ex = cloze_example(rng, t, vocabulary)
        if ex:
            cloze.append(ex)
    cloze = cloze[:400]
    write_jsonl(os.path.join(tasks, "cloze", "validation.jsonl"), cloze[:150])
    write_jsonl(os.path.join(tasks, "cloze", "test.jsonl"), cloze[150:])

    topic_val, topic_test = [], []
    for label, cat in enumerate(TOPIC_CLASSES):
        for i, t in enumerate(heldout_topic[cat]):
            ex = {"context": t + "\nTopic:", "choices": [" " + c for c in TOPIC_CLASSES], "label": label}
            (topic_val if i < 40 else topic_test).append(ex)
    rng.shuffle(topic_val)
    rng.shuffle(topic_test)
    write_jsonl(os.path.join(tasks, "topic", "validation.jsonl"), topic_val)
    write_jsonl(os.path.join(tasks, "topic", "test.jsonl"), topic_test)

    chars = sum(len(d) for d in docs)
    print(f"pretrain.jsonl: {len(docs)} documents, {chars} characters "
          f"({len(train)} fortunes, {args.recall_docs} recall sequences)")
    print(f"pretrain_valid.jsonl: {len(valid)} documents; calib.jsonl: {len(calib)} documents")
    print(f"tasks: recall {len(recall[:150])}/{len(recall[150:])}, cloze {min(150, len(cloze))}/"
          f"{max(0, len(cloze) - 150)}, topic {len(topic_val)}/{len(topic_test)} (validation/test)")


if __name__ == "__main__":
    main()
