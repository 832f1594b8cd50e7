-- Schema 2: stable views for people who query the file (sqlite3, DB Browser, pandas).
-- Their names and columns are a public interface: later schemas may add columns at the
-- end but never rename or drop one. See docs/project-file.md.

CREATE VIEW v_layer_loss AS
    SELECT run_id, layer, step, loss, split
    FROM distill_losses;

CREATE VIEW v_distill_runs AS
    SELECT r.id AS run_id, r.mixer, r.status, r.steps_done,
           (SELECT count(*) FROM distill_layers l WHERE l.run_id = r.id) AS num_layers,
           (SELECT avg(x.loss) FROM distill_losses x
             WHERE x.run_id = r.id AND x.split = 'heldout'
               AND x.step = (SELECT max(step) FROM distill_losses y
                              WHERE y.run_id = r.id AND y.split = 'heldout')) AS final_heldout_loss,
           r.error, r.created_at, r.updated_at, r.settings_json
    FROM distill_runs r;

CREATE VIEW v_search_rounds AS
    SELECT c.search_id, c.round, c.layer, c.score,
           CASE WHEN r.chosen_layer = c.layer AND r.committed = 1 THEN 1 ELSE 0 END AS chosen,
           c.ci_low, c.ci_high
    FROM search_candidates c
    LEFT JOIN search_rounds r ON r.search_id = c.search_id AND r.round = c.round;

CREATE VIEW v_configurations AS
    SELECT c.name, c.layer_types_json AS layer_types,
           json_array_length(c.layer_types_json) AS num_layers,
           (SELECT count(*) FROM json_each(c.layer_types_json) WHERE value <> 'full_attention') AS num_linear,
           c.mixer, c.distill_run_id, c.source, c.notes, c.created_at
    FROM configurations c;

CREATE VIEW v_evaluations AS
    SELECT c.name AS configuration, e.task, e.metric, e.score, e.ci_low, e.ci_high,
           e.n_examples, e.created_at
    FROM evaluations e JOIN configurations c ON c.id = e.configuration_id;

CREATE VIEW v_benchmarks AS
    SELECT c.name AS configuration, b.device, b.seq_len, b.batch_size, b.tokens_per_second,
           b.peak_memory_bytes, b.created_at
    FROM benchmarks b JOIN configurations c ON c.id = b.configuration_id;
