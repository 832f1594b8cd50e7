-- Schema 3: what each search round left behind. layers_json is the set of linear layers
-- after the round (for baseline strategies, the configuration scored at that count);
-- the chosen candidate's bootstrap interval; and its score on the test task when the
-- search was given one (never used for decisions).
ALTER TABLE search_rounds ADD COLUMN layers_json TEXT NOT NULL DEFAULT '[]';
ALTER TABLE search_rounds ADD COLUMN ci_low REAL;
ALTER TABLE search_rounds ADD COLUMN ci_high REAL;
ALTER TABLE search_rounds ADD COLUMN test_score REAL;

CREATE VIEW v_search_trajectory AS
    SELECT s.id AS search_id, s.strategy, s.metric, s.base_score, s.p_min,
           r.round, r.chosen_layer, r.chosen_score, r.ci_low, r.ci_high, r.committed, r.within_noise,
           json_array_length(r.layers_json) AS num_linear, r.layers_json AS linear_layers, r.test_score
    FROM search_rounds r
    JOIN search_runs s ON s.id = r.search_id;
