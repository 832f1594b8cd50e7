-- Schema 4: the layer map's constraints (the defaults of a search: a pinned layer is
-- linear from the start, a forbidden one stays full attention; a layer without a row
-- is free), and each distillation run's training throughput.
CREATE TABLE layer_constraints (
    layer INTEGER PRIMARY KEY CHECK (layer >= 0),
    kind TEXT NOT NULL CHECK (kind IN ('pinned', 'forbidden')),
    updated_at TEXT NOT NULL
);

ALTER TABLE distill_runs ADD COLUMN tokens_per_second REAL;

DROP VIEW v_distill_runs;
CREATE VIEW v_distill_runs AS
    SELECT r.id AS run_id, r.mixer, r.status, r.steps_done,
           (SELECT count(*) FROM distill_layers l WHERE l.run_id = r.id) AS num_layers,
           (SELECT avg(x.loss) FROM distill_losses x
             WHERE x.run_id = r.id AND x.split = 'heldout'
               AND x.step = (SELECT max(step) FROM distill_losses y
                              WHERE y.run_id = r.id AND y.split = 'heldout')) AS final_heldout_loss,
           r.error, r.created_at, r.updated_at, r.settings_json, r.tokens_per_second
    FROM distill_runs r;

CREATE VIEW v_layer_constraints AS
    SELECT layer, kind, updated_at FROM layer_constraints;
