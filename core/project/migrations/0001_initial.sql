-- Schema 1: every record a DtR project keeps. Applied in one transaction.
-- Times are ISO-8601 UTC text; JSON columns hold UTF-8 JSON text.

CREATE TABLE project_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- The model the project works on: one row.
CREATE TABLE model (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    path          TEXT NOT NULL,           -- absolute folder path
    content_hash  TEXT NOT NULL,           -- xxh3-128 of config.json and the weight files
    model_type    TEXT NOT NULL,
    num_layers    INTEGER NOT NULL,
    summary_json  TEXT NOT NULL,           -- architecture summary at registration
    registered_at TEXT NOT NULL
);

-- Size and modification time of each hashed file, to skip re-hashing unchanged files.
CREATE TABLE model_files (
    name     TEXT PRIMARY KEY,
    size     INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL
);

CREATE TABLE distill_runs (
    id            INTEGER PRIMARY KEY,
    mixer         TEXT NOT NULL,
    settings_json TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('pending', 'running', 'completed', 'failed', 'cancelled')),
    error         TEXT,
    steps_done    INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE TABLE distill_layers (
    run_id INTEGER NOT NULL REFERENCES distill_runs(id) ON DELETE CASCADE,
    layer  INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'running', 'completed', 'failed')),
    error  TEXT,
    PRIMARY KEY (run_id, layer)
) WITHOUT ROWID;

CREATE TABLE distill_losses (
    run_id INTEGER NOT NULL REFERENCES distill_runs(id) ON DELETE CASCADE,
    layer  INTEGER NOT NULL,
    step   INTEGER NOT NULL,
    split  TEXT NOT NULL CHECK (split IN ('train', 'heldout')),
    loss   REAL,                                   -- NULL for a NaN/Inf loss
    PRIMARY KEY (run_id, layer, split, step)
) WITHOUT ROWID;

-- Student weights as safetensors bytes, the latest per layer.
CREATE TABLE student_weights (
    run_id     INTEGER NOT NULL REFERENCES distill_runs(id) ON DELETE CASCADE,
    layer      INTEGER NOT NULL,
    step       INTEGER NOT NULL,
    data       BLOB NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (run_id, layer)
);

-- Resumable state of a run (optimizer moments, data position, RNG), opaque bytes.
CREATE TABLE run_checkpoints (
    run_id     INTEGER NOT NULL REFERENCES distill_runs(id) ON DELETE CASCADE,
    step       INTEGER NOT NULL,
    data       BLOB NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (run_id)
);

CREATE TABLE search_runs (
    id               INTEGER PRIMARY KEY,
    distill_run_id   INTEGER REFERENCES distill_runs(id),
    strategy         TEXT NOT NULL,
    metric           TEXT NOT NULL,
    settings_json    TEXT NOT NULL,
    constraints_json TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('pending', 'running', 'completed', 'failed', 'cancelled')),
    error            TEXT,
    base_score       REAL,
    p_min            REAL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

CREATE TABLE search_candidates (
    search_id INTEGER NOT NULL REFERENCES search_runs(id) ON DELETE CASCADE,
    round     INTEGER NOT NULL,
    layer     INTEGER NOT NULL,
    score     REAL NOT NULL,
    ci_low    REAL,
    ci_high   REAL,
    PRIMARY KEY (search_id, round, layer)
) WITHOUT ROWID;

CREATE TABLE search_rounds (
    search_id      INTEGER NOT NULL REFERENCES search_runs(id) ON DELETE CASCADE,
    round          INTEGER NOT NULL,
    chosen_layer   INTEGER NOT NULL,
    chosen_score   REAL NOT NULL,
    committed      INTEGER NOT NULL CHECK (committed IN (0, 1)),
    within_noise   INTEGER NOT NULL CHECK (within_noise IN (0, 1)),
    PRIMARY KEY (search_id, round)
) WITHOUT ROWID;

CREATE TABLE configurations (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL UNIQUE,
    layer_types_json TEXT NOT NULL,              -- ["full_attention", "gdn", ...]
    mixer            TEXT,
    distill_run_id   INTEGER REFERENCES distill_runs(id),
    source           TEXT NOT NULL,              -- e.g. "search 3: best", "manual"
    notes            TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL
);

CREATE TABLE evaluations (
    id               INTEGER PRIMARY KEY,
    configuration_id INTEGER NOT NULL REFERENCES configurations(id) ON DELETE CASCADE,
    task             TEXT NOT NULL,
    task_hash        TEXT NOT NULL,
    metric           TEXT NOT NULL,
    score            REAL NOT NULL,
    ci_low           REAL,
    ci_high          REAL,
    n_examples       INTEGER NOT NULL,
    details_json     TEXT NOT NULL DEFAULT '{}',
    created_at       TEXT NOT NULL
);

CREATE TABLE benchmarks (
    id                INTEGER PRIMARY KEY,
    configuration_id  INTEGER NOT NULL REFERENCES configurations(id) ON DELETE CASCADE,
    device            TEXT NOT NULL,
    seq_len           INTEGER NOT NULL,
    batch_size        INTEGER NOT NULL,
    tokens_per_second REAL NOT NULL,
    peak_memory_bytes INTEGER,
    settings_json     TEXT NOT NULL DEFAULT '{}',
    created_at        TEXT NOT NULL
);

CREATE TABLE exports (
    id               INTEGER PRIMARY KEY,
    configuration_id INTEGER NOT NULL REFERENCES configurations(id) ON DELETE CASCADE,
    path             TEXT NOT NULL,
    manifest_json    TEXT NOT NULL DEFAULT '{}',
    created_at       TEXT NOT NULL
);

CREATE INDEX idx_evaluations_configuration ON evaluations(configuration_id);
CREATE INDEX idx_benchmarks_configuration ON benchmarks(configuration_id);
