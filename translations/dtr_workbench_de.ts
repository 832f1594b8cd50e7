<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Csv</name>
    <message>
        <location filename="../widgets/csv.cpp" line="+107"/>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation>Ein in Zeile %1 beginnendes Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <location filename="../widgets/plotexport.cpp" line="+47"/>
        <source>Could not save the plot to %1: %2</source>
        <translation>Das Diagramm konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file could not be written</source>
        <translation>die Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the existing file could not be replaced</source>
        <translation>die vorhandene Datei konnte nicht ersetzt werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file could not be renamed into place</source>
        <translation>die Datei konnte nicht an ihren Zielort umbenannt werden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Plot exported from DtR Workbench</source>
        <translation>Aus DtR Workbench exportiertes Diagramm</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>there is no plot</source>
        <translation>es gibt kein Diagramm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown file type “%1” (use .png, .pdf or .svg)</source>
        <translation>unbekannter Dateityp „%1“ (verwenden Sie .png, .pdf oder .svg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>Save Plot</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the plot as a PNG, PDF or SVG file</source>
        <translation>Das Diagramm als PNG-, PDF- oder SVG-Datei speichern</translation>
    </message>
</context>
<context>
    <name>dtr::gui::CandidateMatrix</name>
    <message>
        <location filename="../widgets/candidatematrix.cpp" line="+36"/>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Click a cell to see that candidate on the layer map</source>
        <translation>Klicken Sie auf eine Zelle, um diesen Kandidaten auf der Schichtkarte zu sehen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Round %1, layer %2: %3</source>
        <translation>Runde %1, Schicht %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (95% %1–%2)</source>
        <translation> (95-%-Intervall %1–%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, chosen</source>
        <translation>, gewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The best and the runner-up of this round were within noise.</source>
        <translation>Der beste und der zweitbeste Kandidat dieser Runde lagen innerhalb des Rauschens.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The candidates of each round appear here.</source>
        <translation>Hier erscheinen die Kandidaten jeder Runde.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 ≈</source>
        <translation>%1 ≈</translation>
    </message>
</context>
<context>
    <name>dtr::gui::ComparisonView</name>
    <message>
        <location filename="../widgets/comparisonview.cpp" line="+98"/>
        <source>a search&apos;s M_best (highest validation score)</source>
        <translation>M_best einer Suche (höchster Validierungs-Score)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a search&apos;s M_opt (most linear layers within the tolerance)</source>
        <translation>M_opt einer Suche (meiste lineare Schichten innerhalb der Toleranz)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a baseline&apos;s configuration</source>
        <translation>Konfiguration einer Baseline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the full-attention model</source>
        <translation>das Modell mit voller Attention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made by hand</source>
        <translation>von Hand erstellt</translation>
    </message>
    <message numerus="yes">
        <location line="+95"/>
        <source> at %Ln token(s) of context</source>
        <translation>
            <numerusform> bei %Ln Token Kontext</numerusform>
            <numerusform> bei %Ln Token Kontext</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer map</source>
        <translation>Schichtkarte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear layers</source>
        <translation>Lineare Schichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefill (tokens/s)</source>
        <translation>Prefill (Token/s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode (ms/token)</source>
        <translation>Dekodierung (ms/Token)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode speed-up</source>
        <translation>Beschleunigung der Dekodierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache (MiB)</source>
        <translation>Cache (MiB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak memory (MiB)</source>
        <translation>Spitzenspeicher (MiB)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One cell per layer, layer 0 on the left: linear attention or full attention</source>
        <translation>Eine Zelle pro Schicht, Schicht 0 links: lineare Attention oder volle Attention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score on the validation task, with its 95% interval</source>
        <translation>Score auf der Validierungsaufgabe, mit seinem 95-%-Intervall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score on the test task, with its 95% interval</source>
        <translation>Score auf der Testaufgabe, mit seinem 95-%-Intervall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt tokens processed per second%1</source>
        <translation>Verarbeitete Prompt-Token pro Sekunde%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median time to decode one token%1</source>
        <translation>Mediane Zeit zum Dekodieren eines Tokens%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The full-attention model&apos;s decode time over this one&apos;s%1 (shown where the full model is compared and benchmarked there too)</source>
        <translation>Dekodierzeit des Modells mit voller Attention geteilt durch die dieses Modells%1 (angezeigt, wenn das volle Modell verglichen und dort ebenfalls gebenchmarkt wird)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KV cache and recurrent state%1</source>
        <translation>KV-Cache und rekurrenter Zustand%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peak memory while benchmarking%1</source>
        <translation>Spitzenspeicher während des Benchmarks%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Not scored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 on %2, %n example(s)</source>
        <translation>
            <numerusform>%1 auf %2, %n Beispiel</numerusform>
            <numerusform>%1 auf %2, %n Beispiele</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configuration %1: %2</source>
        <translation>Konfiguration %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>All %n layer(s) full attention</source>
        <translation>
            <numerusform>Die %n Schicht hat volle Attention</numerusform>
            <numerusform>Alle %n Schichten haben volle Attention</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear (%1): layers %2</source>
        <translation>Linear (%1): Schichten %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measured on %1</source>
        <translation>Gemessen auf %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not benchmarked at this context</source>
        <translation>Bei diesem Kontext nicht gebenchmarkt</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The layer map&apos;s colours</source>
        <translation>Die Farben der Schichtkarte</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Full attention</source>
        <translation>Volle Attention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear attention</source>
        <translation>Lineare Attention</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to compare yet.

Select configurations in the Configurations list and press Compare to see their scores, layer maps, speed and memory side by side.</source>
        <translation>Noch nichts zu vergleichen.

Wählen Sie Konfigurationen in der Liste „Konfigurationen“ aus und klicken Sie auf „Vergleichen“, um ihre Scores, Schichtkarten, Geschwindigkeit und ihren Speicher nebeneinander zu sehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The benchmarked context length the speed and memory columns and the plot use</source>
        <translation>Die gebenchmarkte Kontextlänge, die die Spalten für Geschwindigkeit und Speicher sowie das Diagramm verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device whose benchmarks are shown</source>
        <translation>Das Gerät, dessen Benchmarks angezeigt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the table as a CSV file (UTF-8, one row per configuration)</source>
        <translation>Die Tabelle als CSV-Datei speichern (UTF-8, eine Zeile pro Konfiguration)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Context:</source>
        <translation>&amp;Kontext:</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>not benchmarked</source>
        <translation>nicht gebenchmarkt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 tokens</source>
        <translation>%1 Token</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>%n configuration(s), %1 benchmarked here</source>
        <translation>
            <numerusform>%n Konfiguration, %1 hier gebenchmarkt</numerusform>
            <numerusform>%n Konfigurationen, %1 hier gebenchmarkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Test score (%1), %n linear layer(s)</source>
        <translation>
            <numerusform>Test-Score (%1), %n lineare Schicht</numerusform>
            <numerusform>Test-Score (%1), %n lineare Schichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Validation score (%1; no test score), %n linear layer(s)</source>
        <translation>
            <numerusform>Validierungs-Score (%1; kein Test-Score), %n lineare Schicht</numerusform>
            <numerusform>Validierungs-Score (%1; kein Test-Score), %n lineare Schichten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not benchmarked at %1: %2</source>
        <translation>Bei %1 nicht gebenchmarkt: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not scored: %1</source>
        <translation>Nicht bewertet: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The scores use different metrics (%1); the front follows the first one&apos;s direction.</source>
        <translation>Die Scores verwenden verschiedene Metriken (%1); die Front folgt der Richtung der ersten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test score, else validation (%1)</source>
        <translation>Test-Score, sonst Validierung (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test score (%1)</source>
        <translation>Test-Score (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validation score</source>
        <translation>Validierungs-Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Validation score (%1)</source>
        <translation>Validierungs-Score (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, higher is better</source>
        <translation>, höher ist besser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, lower is better</source>
        <translation>, niedriger ist besser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode speed at %1 (tokens/s)</source>
        <translation>Dekodiergeschwindigkeit bei %1 (Token/s)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Could not export the comparison to %1: %2</source>
        <translation>Der Vergleich konnte nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+7"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
</context>
<context>
    <name>dtr::gui::ConfigurationsView</name>
    <message>
        <location filename="../widgets/configurationsmodel.cpp" line="+245"/>
        <source>Hand-made</source>
        <translation>Von Hand erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full model</source>
        <translation>Volles Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>M_best of search %1: the highest validation score seen</source>
        <translation>M_best der Suche %1: der höchste gesehene Validierungs-Score</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M_opt of search %1: the most linear layers above P_min</source>
        <translation>M_opt der Suche %1: die meisten linearen Schichten über P_min</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %1 baseline of search %2 at %n linear layer(s)</source>
        <translation>
            <numerusform>Die Baseline %1 der Suche %2 bei %n linearen Schicht</numerusform>
            <numerusform>Die Baseline %1 der Suche %2 bei %n linearen Schichten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model as it is: every layer full attention</source>
        <translation>Das Modell, wie es ist: jede Schicht mit voller Attention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved from the layer map</source>
        <translation>Aus der Schichtkarte gespeichert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not scored on a %1 task yet</source>
        <translation>Noch nicht auf einer %1-Aufgabe bewertet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>95% interval [%1, %2]</source>
        <translation>95-%-Intervall [%1, %2]</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n Beispiel</numerusform>
            <numerusform>%n Beispiele</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/configurationsview.cpp" line="+76"/>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename the configuration (F2)</source>
        <translation>Die Konfiguration umbenennen (F2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected configurations, with their evaluations and benchmarks (Del)</source>
        <translation>Die ausgewählten Konfigurationen mit ihren Evaluierungen und Benchmarks löschen (Entf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Evaluate on a task…</source>
        <translation>Auf einer Aufgabe be&amp;werten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score the selected configurations on a JSONL task file</source>
        <translation>Die ausgewählten Konfigurationen auf einer JSONL-Aufgabendatei bewerten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Benchmark…</source>
        <translation>&amp;Benchmark…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measure the speed and memory of the selected configurations</source>
        <translation>Geschwindigkeit und Speicher der ausgewählten Konfigurationen messen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the configuration as a Hugging Face folder</source>
        <translation>Die Konfiguration als Hugging-Face-Ordner schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compare the selected configurations side by side</source>
        <translation>Die ausgewählten Konfigurationen nebeneinander vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;layer map</source>
        <translation>In der &amp;Schichtkarte zeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the configuration&apos;s layers on the layer map</source>
        <translation>Die Schichten der Konfiguration auf der Schichtkarte zeigen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Group the list</source>
        <translation>Die Liste gruppieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mixer</source>
        <translation>Mixer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter by name, task, mixer or strategy</source>
        <translation>Nach Name, Aufgabe, Mixer oder Strategie filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the configurations of one task</source>
        <translation>Nur die Konfigurationen einer Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the configurations of one mixer</source>
        <translation>Nur die Konfigurationen eines Mixers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the configurations of one strategy</source>
        <translation>Nur die Konfigurationen einer Strategie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Task:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mixer:</source>
        <translation>&amp;Mixer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Strategy:</source>
        <translation>St&amp;rategie:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linear layers</source>
        <translation>Lineare Schichten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mixer</source>
        <translation>Mixer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Benchmarked</source>
        <translation>Gebenchmarkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many layers are linear attention, and where</source>
        <translation>Wie viele Schichten lineare Attention sind, und wo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The validation score with half its 95% interval</source>
        <translation>Der Validierungs-Score mit der Hälfte seines 95-%-Intervalls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test score with half its 95% interval</source>
        <translation>Der Test-Score mit der Hälfte seines 95-%-Intervalls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The measured decode latency per token at the largest context benchmarked</source>
        <translation>Die gemessene Dekodierlatenz pro Token beim größten gebenchmarkten Kontext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest export&apos;s folder</source>
        <translation>Der Ordner des letzten Exports</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Could not read the configurations: %1</source>
        <translation>Die Konfigurationen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <location filename="../widgets/configurationsmodel.cpp" line="+162"/>
        <source>No task</source>
        <translation>Keine Aufgabe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search %1</source>
        <translation>Suche %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No search</source>
        <translation>Keine Suche</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Created %1</source>
        <translation>Erstellt %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No linear layer: every layer is full attention</source>
        <translation>Keine lineare Schicht: jede Schicht hat volle Attention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear layers (%1): %2</source>
        <translation>Lineare Schichten (%1): %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Students of distillation run %1</source>
        <translation>Schüler des Destillationslaufs %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · M_best</source>
        <translation>%1 · M_best</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · M_opt</source>
        <translation>%1 · M_opt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 ms @ %2</source>
        <translation>%1 ms @ %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 tokens on %2: %3 ms per decoded token</source>
        <translation>%1 Token auf %2: %3 ms pro dekodiertem Token</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="-100"/>
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/configurationsview.cpp" line="+69"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open a project to see its configurations.</source>
        <translation>Öffnen Sie ein Projekt, um seine Konfigurationen zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No configurations yet.
Run a search or save the layer map as a configuration.</source>
        <translation>Noch keine Konfigurationen.
Starten Sie eine Suche oder speichern Sie die Schichtkarte als Konfiguration.</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: done.</source>
        <translation>%1: fertig.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A configuration needs a name; “%1” keeps its own.</source>
        <translation>Eine Konfiguration braucht einen Namen; „%1“ behält seinen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renaming “%1”…</source>
        <translation>„%1“ wird umbenannt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renamed “%1” to “%2”.</source>
        <translation>„%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Evaluate %1 on %2</source>
        <translation>%1 auf %2 bewerten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Benchmark %1</source>
        <translation>Benchmark %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Delete the configuration “%1”?</source>
        <translation>Die Konfiguration „%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete these %n configurations?</source>
        <translation>
            <numerusform>Diese %n Konfiguration löschen?</numerusform>
            <numerusform>Diese %n Konfigurationen löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete configurations</source>
        <translation>Konfigurationen löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their evaluations, benchmarks and export records go with them; exported folders stay on disk.</source>
        <translation>Ihre Evaluierungen, Benchmarks und Exporteinträge werden mitgelöscht; exportierte Ordner bleiben auf der Festplatte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Evaluate on a task</source>
        <translation>Auf einer Aufgabe bewerten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task files (*.jsonl);;All files (*)</source>
        <translation>Aufgabendateien (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Measure prefill throughput, decode latency and memory of %n configuration(s), each next to the full model.</source>
        <translation>
            <numerusform>Prefill-Durchsatz, Dekodierlatenz und Speicher von %n Konfiguration messen, jeweils neben dem vollen Modell.</numerusform>
            <numerusform>Prefill-Durchsatz, Dekodierlatenz und Speicher von %n Konfigurationen messen, jeweils neben dem vollen Modell.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Context lengths in tokens, separated by commas</source>
        <translation>Kontextlängen in Token, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contexts:</source>
        <translation>&amp;Kontexte:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Benchmark</source>
        <translation>&amp;Benchmark</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give one or more context lengths, e.g. 512, 2048, 8192.</source>
        <translation>Geben Sie eine oder mehrere Kontextlängen an, z. B. 512, 2048, 8192.</translation>
    </message>
</context>
<context>
    <name>dtr::gui::DisplayNames</name>
    <message>
        <location filename="../widgets/displaynames.cpp" line="+10"/>
        <source>Full attention</source>
        <translation>Volle Attention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GDN</source>
        <translation>GDN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GLA</source>
        <translation>GLA</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>JetBlock</source>
        <translation>JetBlock</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>full attention</source>
        <translation>volle Attention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gated linear attention</source>
        <translation>Gated Linear Attention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gated DeltaNet</source>
        <translation>Gated DeltaNet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>linear attention</source>
        <translation>lineare Attention</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attn</source>
        <comment>full attention, short</comment>
        <translation>Attn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear</source>
        <comment>linear attention, short</comment>
        <translation>Linear</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jet</source>
        <comment>JetBlock, short</comment>
        <translation>Jet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Greedy</source>
        <translation>Greedy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uniform</source>
        <translation>Gleichmäßig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importance</source>
        <translation>Wichtigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distillation loss</source>
        <translation>Destillationsverlust</translation>
    </message>
</context>
<context>
    <name>dtr::gui::DistillView</name>
    <message>
        <location filename="../widgets/distillview.cpp" line="+83"/>
        <source>New distillation run</source>
        <translation>Neuer Destillationslauf</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Text or JSONL files whose text the students learn to imitate the teacher on</source>
        <translation>Text- oder JSONL-Dateien, an deren Text die Schüler lernen, den Lehrer nachzuahmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Peak learning rate of AdamW, e.g. 0.001 or 1e-3</source>
        <translation>Maximale Lernrate von AdamW, z. B. 0.001 oder 1e-3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every layer</source>
        <translation>alle Schichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers to distil, e.g. 0-3,5. Filled in from the layer map (every layer not forbidden) until you type your own list.</source>
        <translation>Zu destillierende Schichten, z. B. 0-3,5. Wird aus der Schichtkarte übernommen (jede nicht gesperrte Schicht), bis Sie eine eigene Liste eingeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From layer map</source>
        <translation>Aus Schichtkarte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the layers the layer map does not forbid</source>
        <translation>Die Schichten verwenden, die die Schichtkarte nicht sperrt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Transfer from attention</source>
        <translation>Übertragung aus der Attention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer starts each student from the teacher layer&apos;s attention weights</source>
        <translation>Bei Übertragung startet jeder Schüler mit den Attention-Gewichten der Lehrerschicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all cores</source>
        <translation>alle Kerne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mixer:</source>
        <translation>&amp;Mixer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Calibration files:</source>
        <translation>&amp;Kalibrierdateien:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Steps:</source>
        <translation>&amp;Schritte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;quence length:</source>
        <translation>Se&amp;quenzlänge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Batch size:</source>
        <translation>&amp;Batch-Größe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Learning rate:</source>
        <translation>&amp;Lernrate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ayers:</source>
        <translation>Sc&amp;hichten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Initialisation:</source>
        <translation>&amp;Initialisierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue the selected stopped run from its last checkpoint</source>
        <translation>Den ausgewählten angehaltenen Lauf ab seinem letzten Checkpoint fortsetzen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mixer</source>
        <translation>Mixer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tokens/s</source>
        <translation>Token/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Tokens per training window (at most the model&apos;s context, %1)</source>
        <translation>Token je Trainingsfenster (höchstens der Kontext des Modells, %1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open or create a project to distil its model.</source>
        <translation>Öffnen Sie ein Projekt oder legen Sie eines an, um sein Modell zu destillieren.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Open a project first.</source>
        <translation>Öffnen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a mixer.</source>
        <translation>Wählen Sie einen Mixer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one calibration file (text or JSONL).</source>
        <translation>Fügen Sie mindestens eine Kalibrierdatei hinzu (Text oder JSONL).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a readable file.</source>
        <translation>%1 ist keine lesbare Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give a positive number, e.g. 0.001 or 1e-3.</source>
        <translation>Geben Sie eine positive Zahl an, z. B. 0.001 oder 1e-3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is far too large for AdamW; use at most 1.</source>
        <translation>%1 ist für AdamW viel zu groß; verwenden Sie höchstens 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No layers: leave it empty for every layer.</source>
        <translation>Keine Schichten: Lassen Sie das Feld für alle Schichten leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use layer numbers from 0 to %1 and ranges, e.g. 0-3,5.</source>
        <translation>Verwenden Sie Schichtnummern von 0 bis %1 und Bereiche, z. B. 0-3,5.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>all layers</source>
        <translation>alle Schichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distil %1 with %2</source>
        <translation>%1 mit %2 destillieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resume distillation run %1</source>
        <translation>Destillationslauf %1 fortsetzen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Resuming run %1…</source>
        <translation>Lauf %1 wird fortgesetzt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starting: loading the teacher and the data…</source>
        <translation>Start: Lehrer und Daten werden geladen…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Run %1: step %2 of %3</source>
        <translation>Lauf %1: Schritt %2 von %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 tokens/s</source>
        <translation>%1 Token/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparing: %1</source>
        <translation>Vorbereitung: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run %1 completed.</source>
        <translation>Lauf %1 abgeschlossen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run %1 stopped; Resume continues it from its last checkpoint.</source>
        <translation>Lauf %1 angehalten; „Fortsetzen“ setzt ihn ab seinem letzten Checkpoint fort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped before the run was stored.</source>
        <translation>Angehalten, bevor der Lauf gespeichert wurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not read run %1: %2</source>
        <translation>Lauf %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Add Calibration Files</source>
        <translation>Kalibrierdateien hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text and JSONL files (*.txt *.jsonl *.json);;All files (*)</source>
        <translation>Text- und JSONL-Dateien (*.txt *.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>dtr::gui::ExportDialog</name>
    <message>
        <location filename="../widgets/exportdialog.cpp" line="+42"/>
        <source>Export a configuration</source>
        <translation>Eine Konfiguration exportieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Configuration:</source>
        <translation>Konfiguration:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a new folder: the export creates it</source>
        <translation>ein neuer Ordner: der Export legt ihn an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder to write (config.json, weights, tokenizer, model card); it must not exist yet</source>
        <translation>Der zu schreibende Ordner (config.json, Gewichte, Tokenizer, Model Card); er darf noch nicht existieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder to export into; a new folder named after the configuration is made in it</source>
        <translation>Den Ordner wählen, in den exportiert wird; darin wird ein neuer, nach der Konfiguration benannter Ordner angelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>float32 (as trained)</source>
        <translation>float32 (wie trainiert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bfloat16 (half the size)</source>
        <translation>bfloat16 (halbe Größe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>float16 (half the size)</source>
        <translation>float16 (halbe Größe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The type the weights are stored in</source>
        <translation>Der Typ, in dem die Gewichte gespeichert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weights:</source>
        <translation>&amp;Gewichte:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Export into</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the folder to export into.</source>
        <translation>Wählen Sie den Ordner, in den exportiert wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists: the export writes a new folder. Choose another name.</source>
        <translation>%1 existiert bereits: der Export schreibt einen neuen Ordner. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a folder: the new folder is made inside an existing one.</source>
        <translation>%1 ist kein Ordner: der neue Ordner wird innerhalb eines bestehenden angelegt.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Loading the configuration and its students…</source>
        <translation>Die Konfiguration und ihre Schüler werden geladen…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Writing the weights: %1 of %2 MB</source>
        <translation>Gewichte werden geschrieben: %1 von %2 MB</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exported “%1” (%2).</source>
        <translation>„%1“ exportiert (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled: nothing was written under the folder&apos;s name.</source>
        <translation>Abgebrochen: unter dem Namen des Ordners wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the export; nothing is left under the folder&apos;s name</source>
        <translation>Den Export anhalten; unter dem Namen des Ordners bleibt nichts zurück</translation>
    </message>
</context>
<context>
    <name>dtr::gui::HeldoutBars</name>
    <message>
        <location filename="../widgets/lossbars.cpp" line="+59"/>
        <source>Initial</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Final</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held-out loss (MSE)</source>
        <translation>Held-out-Verlust (MSE)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No held-out losses yet</source>
        <translation>Noch keine Held-out-Verluste</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all layers again (or double-click the plot)</source>
        <translation>Wieder alle Schichten zeigen (oder Doppelklick auf das Diagramm)</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Layer %1: initial %2, final %3 (%4× lower)</source>
        <translation>Schicht %1: anfangs %2, am Ende %3 (%4× niedriger)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layer %1: initial %2, final %3 (%4× higher)</source>
        <translation>Schicht %1: anfangs %2, am Ende %3 (%4× höher)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer %1: initial %2, final %3</source>
        <translation>Schicht %1: anfangs %2, am Ende %3</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Point at a layer to compare its held-out loss before and after distillation.</source>
        <translation>Zeigen Sie auf eine Schicht, um ihren Held-out-Verlust vor und nach der Destillation zu vergleichen.</translation>
    </message>
</context>
<context>
    <name>dtr::gui::JobsView</name>
    <message>
        <location filename="../widgets/jobsview.cpp" line="+32"/>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 steps/s</source>
        <translation>%1 Schritte/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 candidates/s</source>
        <translation>%1 Kandidaten/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 batches/s</source>
        <translation>%1 Batches/s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2/s</source>
        <translation>%1 %2/s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+108"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel this job (what it stored so far is kept)</source>
        <translation>Diesen Auftrag abbrechen (was er bisher gespeichert hat, bleibt erhalten)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>done in %1</source>
        <translation>fertig in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled (can be resumed)</source>
        <translation>Abgebrochen (fortsetzbar)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>dtr::gui::LayerMapView</name>
    <message>
        <location filename="../widgets/layermapview.cpp" line="+49"/>
        <source>%1 layer %2</source>
        <translation>Schicht %2 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pin</source>
        <translation>fixieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forbid</source>
        <translation>sperren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free</source>
        <translation>freigeben</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Run %1 · %2 · %3, %n step(s)</source>
        <translation>
            <numerusform>Lauf %1 · %2 · %3, %n Schritt</numerusform>
            <numerusform>Lauf %1 · %2 · %3, %n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create or open a project (File ▸ New Project… / Open Project…), or open a model folder, to see its layers.</source>
        <translation>Legen Sie ein Projekt an oder öffnen Sie eines (Datei ▸ Neues Projekt… / Projekt öffnen…) oder öffnen Sie einen Modellordner, um seine Schichten zu sehen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MLP</source>
        <translation>MLP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The distillation run whose final held-out losses colour the layers</source>
        <translation>Der Destillationslauf, dessen finale Held-out-Verluste die Schichten einfärben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held-out losses of:</source>
        <translation>Held-out-Verluste von:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Back to the Constraints</source>
        <translation>Zurück zu den Vorgaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the layer map&apos;s pins and forbidden layers again</source>
        <translation>Die fixierten und gesperrten Schichten der Schichtkarte wieder zeigen</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>no distillation runs yet</source>
        <translation>noch keine Destillationsläufe</translation>
    </message>
</context>
<context>
    <name>dtr::gui::LayerStrip</name>
    <message>
        <location filename="../widgets/layerstrip.cpp" line="+51"/>
        <source>Layer map</source>
        <translation>Schichtkarte</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>pinned</source>
        <translation>fixiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>forbidden</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Final held-out loss, run %1 (log scale):</source>
        <translation>Finaler Held-out-Verlust, Lauf %1 (log. Skala):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final held-out loss: select a distillation run</source>
        <translation>Finaler Held-out-Verlust: Destillationslauf wählen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not distilled</source>
        <translation>nicht destilliert</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>pinned: linear from the start</source>
        <translation>fixiert: von Anfang an linear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forbidden: stays full attention</source>
        <translation>gesperrt: bleibt volle Attention</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a layer to cycle free → pinned → forbidden; right-click for the menu; keys P, F, Delete, Space and the arrows.</source>
        <translation>Klicken Sie auf eine Schicht, um zwischen frei → fixiert → gesperrt zu wechseln; Rechtsklick öffnet das Menü; Tasten P, F, Entf, Leertaste und die Pfeiltasten.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free (the search decides)</source>
        <translation>Frei (die Suche entscheidet)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Del</source>
        <translation>Entf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin as linear</source>
        <translation>Als linear fixieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forbid (keep full attention)</source>
        <translation>Sperren (volle Attention behalten)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Layer %1&lt;/b&gt;: %2, %3</source>
        <translation>&lt;b&gt;Schicht %1&lt;/b&gt;: %2, %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Held-out loss (run %1): %2 → %3</source>
        <translation>Held-out-Verlust (Lauf %1): %2 → %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(%1× lower)</source>
        <translation>(%1× niedriger)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not distilled in run %1</source>
        <translation>In Lauf %1 nicht destilliert</translation>
    </message>
</context>
<context>
    <name>dtr::gui::LayerTableModel</name>
    <message>
        <location filename="../widgets/layertablemodel.cpp" line="+194"/>
        <source>none</source>
        <comment>sliding window</comment>
        <translation>keines</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Held-out loss of run %1: %2 at the start, %3 at the end</source>
        <translation>Held-out-Verlust von Lauf %1: %2 am Anfang, %3 am Ende</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attention %1 + MLP %2 + norms %3</source>
        <translation>Attention %1 + MLP %2 + Normen %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mixer</source>
        <translation>Mixer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Constraint</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held-out loss</source>
        <translation>Held-out-Verlust</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sliding window</source>
        <translation>Gleitendes Fenster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attention params</source>
        <translation>Attention-Parameter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MLP params</source>
        <translation>MLP-Parameter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total params</source>
        <translation>Parameter gesamt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token mixer of the layer (a pinned layer shows the linear mixer it becomes)</source>
        <translation>Der Token-Mixer der Schicht (eine fixierte Schicht zeigt den linearen Mixer, zu dem sie wird)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free: the search decides; pinned: linear from the start; forbidden: stays full attention</source>
        <translation>Frei: die Suche entscheidet; fixiert: von Anfang an linear; gesperrt: bleibt volle Attention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final held-out distillation loss (MSE) of the selected run</source>
        <translation>Finaler Held-out-Destillationsverlust (MSE) des ausgewählten Laufs</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>pinned linear</source>
        <translation>linear fixiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forbidden</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Attention window in tokens; none means full causal attention</source>
        <translation>Attention-Fenster in Token; keines bedeutet volle kausale Attention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attention, MLP and norm parameters of the layer</source>
        <translation>Attention-, MLP- und Norm-Parameter der Schicht</translation>
    </message>
</context>
<context>
    <name>dtr::gui::LossPlot</name>
    <message>
        <location filename="../widgets/lossplot.cpp" line="+65"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss (MSE)</source>
        <translation>Verlust (MSE)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Distillation loss per layer</source>
        <translation>Destillationsverlust je Schicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held-out</source>
        <translation>Held-out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No losses yet</source>
        <translation>Noch keine Verluste</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the axes to the data again (or double-click the plot)</source>
        <translation>Die Achsen wieder an die Daten anpassen (oder Doppelklick auf das Diagramm)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Layers to show</source>
        <translation>Angezeigte Schichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <location line="+8"/>
        <location line="+273"/>
        <source>Layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <location line="-340"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show all layers</source>
        <translation>Alle Schichten zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide all layers</source>
        <translation>Alle Schichten ausblenden</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Layer %1 (held-out)</source>
        <translation>Schicht %1 (Held-out)</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>Point at a curve to read its loss; wheel zooms, drag pans.</source>
        <translation>Zeigen Sie auf eine Kurve, um ihren Verlust abzulesen; das Mausrad zoomt, Ziehen verschiebt.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>train</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>held-out</source>
        <translation>Held-out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer %1 · step %2 · %3 loss %4</source>
        <translation>Schicht %1 · Schritt %2 · %3-Verlust %4</translation>
    </message>
</context>
<context>
    <name>dtr::gui::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="+481"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Open a Hugging Face model folder (config.json and safetensors weights)</source>
        <translation>Einen Hugging-Face-Modellordner öffnen (config.json und safetensors-Gewichte)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Co&amp;mparison</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About DtR Workbench</source>
        <translation>Ü&amp;ber DtR Workbench</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&amp;Model Information</source>
        <translation>&amp;Modellinformationen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+73"/>
        <source>Open Model Folder</source>
        <translation>Modellordner öffnen</translation>
    </message>
    <message>
        <location line="-513"/>
        <location line="+459"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No model folder given.</source>
        <translation>Kein Modellordner angegeben.</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%1 · %2 · %n layer(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n Schicht</numerusform>
            <numerusform>%1 · %2 · %n Schichten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened %1 (%2 parameters)</source>
        <translation>%1 geöffnet (%2 Parameter)</translation>
    </message>
    <message>
        <location line="-460"/>
        <location line="+469"/>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="-663"/>
        <location line="+458"/>
        <source>&amp;Layer Map</source>
        <translation>&amp;Schichtkarte</translation>
    </message>
    <message>
        <location line="-457"/>
        <location line="+461"/>
        <source>&amp;Distillation</source>
        <translation>Des&amp;tillation</translation>
    </message>
    <message>
        <location line="-460"/>
        <location line="+464"/>
        <source>&amp;Search</source>
        <translation>Su&amp;che</translation>
    </message>
    <message>
        <location line="-417"/>
        <source>Quit DtR Workbench</source>
        <translation>DtR Workbench beenden</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n job(s) still running. Cancel and quit? What they stored so far is kept, and distillations and searches can be resumed.</source>
        <translation>
            <numerusform>%n Auftrag läuft noch. Abbrechen und beenden? Was er bisher gespeichert hat, bleibt erhalten; Destillationen und Suchen lassen sich fortsetzen.</numerusform>
            <numerusform>%n Aufträge laufen noch. Abbrechen und beenden? Was sie bisher gespeichert haben, bleibt erhalten; Destillationen und Suchen lassen sich fortsetzen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for the running jobs to stop…</source>
        <translation>Warten, bis die laufenden Aufträge anhalten…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Clear Menu</source>
        <translation>Menü leeren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New Project: Choose the Model Folder</source>
        <translation>Neues Projekt: Modellordner wählen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New Project: Save As</source>
        <translation>Neues Projekt: Speichern unter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>DtR projects (*.dtr)</source>
        <translation>DtR-Projekte (*.dtr)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+66"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Create project %1 (hashing the model)</source>
        <translation>Projekt %1 anlegen (Prüfsumme des Modells)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open project %1</source>
        <translation>Projekt %1 öffnen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is open read-only: everything can be looked at, but distilling, searching and saving need write access to the file and its folder.</source>
        <translation>%1 ist schreibgeschützt geöffnet: Alles lässt sich ansehen, aber Destillieren, Suchen und Speichern brauchen Schreibrechte für die Datei und ihren Ordner.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not open the project “%1”. The file was not changed.</source>
        <translation>Das Projekt „%1“ konnte nicht geöffnet werden. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The project&apos;s model is not where it was: %1</source>
        <translation>Das Modell des Projekts ist nicht mehr dort, wo es war: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model Not Found</source>
        <translation>Modell nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model of “%1” is not usable: %2.</source>
        <translation>Das Modell von „%1“ ist nicht verwendbar: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was at %1. If you moved it, point the project at its new folder; the content is checked against the project&apos;s hash.</source>
        <translation>Es lag in %1. Wenn Sie es verschoben haben, weisen Sie dem Projekt den neuen Ordner zu; der Inhalt wird mit der Prüfsumme des Projekts verglichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Relocate…</source>
        <translation>&amp;Neu zuordnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relocate: Choose the Model&apos;s New Folder</source>
        <translation>Neu zuordnen: neuen Ordner des Modells wählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Relocate the model of %1 (checking its content)</source>
        <translation>Modell von %1 neu zuordnen (Inhalt wird geprüft)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Could not store the layer constraints: %1</source>
        <translation>Die Schichtvorgaben konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The language changes the next time DtR Workbench starts.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von DtR Workbench.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create a project (.dtr) for a model folder</source>
        <translation>Ein Projekt (.dtr) für einen Modellordner anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a DtR project file (.dtr)</source>
        <translation>Eine DtR-Projektdatei (.dtr) öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open &amp;Model Folder…</source>
        <translation>&amp;Modellordner öffnen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Configurations</source>
        <translation>&amp;Konfigurationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Orders</source>
        <translation>&amp;Reihenfolgen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>R&amp;uns</source>
        <translation>&amp;Läufe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Jobs</source>
        <translation>A&amp;ufträge</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This process may not write the project file or its folder: everything can be looked at, but distilling, searching and saving need write access.</source>
        <translation>Dieser Prozess darf die Projektdatei oder ihren Ordner nicht schreiben: alles lässt sich ansehen, aber Destillieren, Suchen und Speichern brauchen Schreibzugriff.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Read model %1</source>
        <translation>Modell %1 lesen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not open the model folder “%1”.</source>
        <translation>Der Modellordner „%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 [read-only]</source>
        <translation>%1 [schreibgeschützt]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2 — DtR Workbench</source>
        <translation>%1 — %2 — DtR Workbench</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DtR Workbench</source>
        <translation>DtR Workbench</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;h3&gt;DtR Workbench %1&lt;/h3&gt;&lt;p&gt;Turns a pretrained full-attention Transformer into a task-specific hybrid of full and linear attention layers with the Distill-then-Replace method, and lets you explore, compare and export the result.&lt;/p&gt;&lt;p&gt;Qt %2 · LibTorch %3 · SQLite %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DtR Workbench %1&lt;/h3&gt;&lt;p&gt;Macht aus einem vortrainierten Transformer mit voller Attention mit der Distill-then-Replace-Methode einen aufgabenspezifischen Hybrid aus voller und linearer Attention und lässt Sie das Ergebnis untersuchen, vergleichen und exportieren.&lt;/p&gt;&lt;p&gt;Qt %2 · LibTorch %3 · SQLite %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+4"/>
        <source>%1 — DtR Workbench</source>
        <translation>%1 — DtR Workbench</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About DtR Workbench</source>
        <translation>Über DtR Workbench</translation>
    </message>
</context>
<context>
    <name>dtr::gui::ModelInfoPanel</name>
    <message>
        <location filename="../widgets/modelinfopanel.cpp" line="+58"/>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model type:</source>
        <translation>Modelltyp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Architecture:</source>
        <translation>Architektur:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers:</source>
        <translation>Schichten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden size:</source>
        <translation>Hidden-Größe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MLP size:</source>
        <translation>MLP-Größe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attention heads:</source>
        <translation>Attention-Köpfe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KV heads:</source>
        <translation>KV-Köpfe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head dim:</source>
        <translation>Kopfdimension:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vocabulary:</source>
        <translation>Vokabular:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max positions:</source>
        <translation>Max. Positionen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RoPE theta:</source>
        <translation>RoPE-Theta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RoPE scaling:</source>
        <translation>RoPE-Skalierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sliding window:</source>
        <translation>Gleitendes Fenster:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dtype:</source>
        <translation>Datentyp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights:</source>
        <translation>Gewichte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokenizer:</source>
        <translation>Tokenizer:</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 K</source>
        <comment>thousand</comment>
        <translation>%1 Tsd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 M</source>
        <comment>million</comment>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 B</source>
        <comment>billion</comment>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2 query heads per KV head)</source>
        <translation>%1 (%2 Query-Köpfe je KV-Kopf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>none</source>
        <comment>RoPE scaling</comment>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>llama3, factor %1 (low %2, high %3, original %4)</source>
        <translation>llama3, Faktor %1 (niedrig %2, hoch %3, ursprünglich %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, factor %2</source>
        <translation>%1, Faktor %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>none</source>
        <comment>sliding window</comment>
        <translation>keines</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 tokens on every layer</source>
        <translation>%1 Token auf jeder Schicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 tokens on %2 of %3 layers</source>
        <translation>%1 Token auf %2 von %3 Schichten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mixed, on %1 of %2 layers</source>
        <translation>gemischt, auf %1 von %2 Schichten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (stored as %2)</source>
        <translation>%1 (gespeichert als %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Embedding %1, LM head %2</source>
        <translation>Embedding %1, LM-Head %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tied to the embedding</source>
        <translation>an das Embedding gekoppelt</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n Datei, %1</numerusform>
            <numerusform>%n Dateien, %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>present (tokenizer.json)</source>
        <translation>vorhanden (tokenizer.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
</context>
<context>
    <name>dtr::gui::OrdersView</name>
    <message>
        <location filename="../widgets/ordersview.cpp" line="+59"/>
        <source>The order in which each search replaced the layers (the round that made a layer linear), and Kendall&apos;s τ between every two orders: 1 is the same order, 0 unrelated, −1 reversed.</source>
        <translation>Die Reihenfolge, in der jede Suche die Schichten ersetzt hat (die Runde, die eine Schicht linear gemacht hat), und Kendalls τ zwischen je zwei Reihenfolgen: 1 ist dieselbe Reihenfolge, 0 unabhängig, −1 umgekehrt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Include &amp;baselines (random, importance, distillation loss)</source>
        <translation>&amp;Baselines einbeziehen (zufällig, Wichtigkeit, Destillationsverlust)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Order rows by:</source>
        <translation>Zeilen &amp;ordnen nach:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task, then mixer</source>
        <translation>Aufgabe, dann Mixer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mixer, then task</source>
        <translation>Mixer, dann Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+132"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>No search has an order yet. Run a greedy search in the Search view; searches on other tasks or with other mixers then line up here.</source>
        <translation>Noch keine Suche hat eine Reihenfolge. Starten Sie eine Greedy-Suche in der Ansicht „Suche“; Suchen auf anderen Aufgaben oder mit anderen Mixern reihen sich dann hier ein.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Replacement orders</source>
        <translation>Ersetzungsreihenfolgen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rank correlation between orders</source>
        <translation>Rangkorrelation zwischen Reihenfolgen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Could not read the orders: %1</source>
        <translation>Die Reihenfolgen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>#%1 %2 · %3 · %4</source>
        <translation>#%1 %2 · %3 · %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Layers in the order they were replaced</source>
        <translation>Schichten in der Reihenfolge, in der sie ersetzt wurden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Layer %1 was not replaced</source>
        <translation>Schicht %1 wurde nicht ersetzt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Layer %1 replaced in round %2 of %3</source>
        <translation>Schicht %1 in Runde %2 von %3 ersetzt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>τ = %1 between %2 and %3</source>
        <translation>τ = %1 zwischen %2 und %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>mean τ %1 (%n pair(s))</source>
        <translation>
            <numerusform>mittleres τ %1 (%n Paar)</numerusform>
            <numerusform>mittleres τ %1 (%n Paare)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no pairs</source>
        <translation>keine Paare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Greedy orders on the same task with another mixer: %1. With the same mixer on another task: %2.</source>
        <translation>Greedy-Reihenfolgen auf derselben Aufgabe mit einem anderen Mixer: %1. Mit demselben Mixer auf einer anderen Aufgabe: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Orders depend more on the task than on the mixer here, as the paper reports.</source>
        <translation>Die Reihenfolgen hängen hier stärker von der Aufgabe als vom Mixer ab, wie im Paper berichtet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders do not depend more on the task than on the mixer here, unlike the paper&apos;s finding.</source>
        <translation>Die Reihenfolgen hängen hier nicht stärker von der Aufgabe als vom Mixer ab, anders als im Paper festgestellt.</translation>
    </message>
</context>
<context>
    <name>dtr::gui::ParetoPlot</name>
    <message>
        <location filename="../widgets/paretoplot.cpp" line="+92"/>
        <source>Double-click to reset the view</source>
        <translation>Doppelklicken, um die Ansicht zurückzusetzen</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Decode speed (tokens/s)</source>
        <translation>Dekodiergeschwindigkeit (Token/s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No benchmarked configuration to place.</source>
        <translation>Keine gebenchmarkte Konfiguration zum Platzieren.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pareto front (nothing both faster and higher)</source>
        <translation>Pareto-Front (nichts zugleich schneller und höher)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pareto front (nothing both faster and lower)</source>
        <translation>Pareto-Front (nichts zugleich schneller und niedriger)</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>%1: %2 tokens/s, score %3</source>
        <translation>%1: %2 Token/s, Score %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (95% %1–%2)</source>
        <translation> (95-%-Intervall %1–%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the Pareto front</source>
        <translation>Auf der Pareto-Front</translation>
    </message>
</context>
<context>
    <name>dtr::gui::PreferencesDialog</name>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="+19"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The language changes the next time DtR Workbench starts.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von DtR Workbench.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>dtr::gui::ResultsViews</name>
    <message>
        <location filename="../widgets/resultsviews.cpp" line="+29"/>
        <source>&amp;Configurations</source>
        <translation>&amp;Konfigurationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mparison</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Orders</source>
        <translation>&amp;Reihenfolgen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Configuration “%1”</source>
        <translation>Konfiguration „%1“</translation>
    </message>
</context>
<context>
    <name>dtr::gui::RunsView</name>
    <message>
        <location filename="../widgets/runsview.cpp" line="+32"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pending</source>
        <translation>wartend</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Distillation runs</source>
        <translation>Destillationsläufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searches</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run %1 · %2</source>
        <translation>Lauf %1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 steps · layers %2</source>
        <translation>%1 Schritte · Schichten %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search %1 · %2</source>
        <translation>Suche %1 · %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 · %n round(s)</source>
        <translation>
            <numerusform>%1 · %n Runde</numerusform>
            <numerusform>%1 · %n Runden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtr::gui::SearchView</name>
    <message>
        <location filename="../widgets/searchview.cpp" line="+74"/>
        <source>multiple choice</source>
        <translation>Multiple Choice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language modelling</source>
        <translation>Sprachmodellierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generation</source>
        <translation>Generierung</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (search %2)</source>
        <translation>%1 (Suche %2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New search</source>
        <translation>Neue Suche</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>optional: scores what the search finds</source>
        <translation>optional: bewertet, was die Suche findet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a JSONL task file</source>
        <translation>eine JSONL-Aufgabendatei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>How a configuration is scored on the task; the task&apos;s kind decides which apply</source>
        <translation>Wie eine Konfiguration auf der Aufgabe bewertet wird; die Art der Aufgabe bestimmt, welche Metriken infrage kommen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How much worse than the full model a hybrid may score (P_min = P_full × (1 − tolerance))</source>
        <translation>Wie viel schlechter als das volle Modell ein Hybrid abschneiden darf (P_min = P_full × (1 − Toleranz))</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace, one at a time, the layer whose replacement hurts the task least</source>
        <translation>Nacheinander jeweils die Schicht ersetzen, deren Ersetzung der Aufgabe am wenigsten schadet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Greedy is the method; the others are placement baselines to compare it with</source>
        <translation>Greedy ist die eigentliche Methode; die anderen sind Platzierungs-Baselines zum Vergleich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The distillation run whose students replace the layers</source>
        <translation>Der Destillationslauf, dessen Schüler die Schichten ersetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit them on the layer map: pinned layers start linear, forbidden ones stay attention</source>
        <translation>Bearbeiten Sie sie auf der Schichtkarte: Fixierte Schichten beginnen linear, gesperrte bleiben Attention</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after this many linear layers (pinned ones included)</source>
        <translation>Nach so vielen linearen Schichten anhalten (fixierte eingeschlossen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trace the whole trajectory past P_min</source>
        <translation>Den ganzen Verlauf über P_min hinaus verfolgen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seeds the random baseline and the bootstrap intervals</source>
        <translation>Startwert für die Zufalls-Baseline und die Bootstrap-Intervalle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Validation task:</source>
        <translation>&amp;Validierungsaufgabe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;est task:</source>
        <translation>T&amp;estaufgabe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Metric:</source>
        <translation>&amp;Metrik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tolerance:</source>
        <translation>&amp;Toleranz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;rategy:</source>
        <translation>St&amp;rategie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;udents:</source>
        <translation>Sc&amp;hüler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constraints:</source>
        <translation>Vorgaben:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ma&amp;x. linear layers:</source>
        <translation>Ma&amp;x. lineare Schichten:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue the selected stopped search at the round it was in</source>
        <translation>Die ausgewählte angehaltene Suche in der Runde fortsetzen, in der sie angehalten wurde</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Searches</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open or create a project, and distil its layers, to search for a hybrid.</source>
        <translation>Öffnen Sie ein Projekt oder legen Sie eines an und destillieren Sie seine Schichten, um nach einem Hybrid zu suchen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Run %1 · %2 · layers %3</source>
        <translation>Lauf %1 · %2 · Schichten %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no completed distillation run yet</source>
        <translation>noch kein abgeschlossener Destillationslauf</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pinned %1 · forbidden %2 (from the layer map)</source>
        <translation>fixiert %1 · gesperrt %2 (aus der Schichtkarte)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a Task File</source>
        <translation>Aufgabendatei wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task files (*.jsonl);;All files (*)</source>
        <translation>Aufgabendateien (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“%1” → %2 (answer %3)</source>
        <translation>„%1“ → %2 (Antwort %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” → “%2”</source>
        <translation>„%1“ → „%2“</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 · %n example(s) · metrics: %2</source>
        <translation>
            <numerusform>%1 · %n Beispiel · Metriken: %2</numerusform>
            <numerusform>%1 · %n Beispiele · Metriken: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the task&apos;s default</source>
        <translation>Standard der Aufgabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open a project first.</source>
        <translation>Öffnen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the validation task the search scores configurations on.</source>
        <translation>Wählen Sie die Validierungsaufgabe, auf der die Suche Konfigurationen bewertet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+5"/>
        <source>%1 could not be read as a task.</source>
        <translation>%1 konnte nicht als Aufgabe gelesen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test task is %1 but the validation task is %2; use tasks of one kind.</source>
        <translation>Die Testaufgabe ist vom Typ %1, die Validierungsaufgabe aber vom Typ %2; verwenden Sie Aufgaben derselben Art.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distil the layers first (the Distillation view): the search needs their students.</source>
        <translation>Destillieren Sie zuerst die Schichten (Ansicht „Destillation“): Die Suche braucht ihre Schüler.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>At least the %n pinned layer(s).</source>
        <translation>
            <numerusform>Mindestens die %n fixierte Schicht.</numerusform>
            <numerusform>Mindestens die %n fixierten Schichten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Search (%1) on %2</source>
        <translation>Suche (%1) auf %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Resume search %1</source>
        <translation>Suche %1 fortsetzen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Resuming search %1…</source>
        <translation>Suche %1 wird fortgesetzt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting: loading the model, the students and the tasks…</source>
        <translation>Start: Modell, Schüler und Aufgaben werden geladen…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Search %1, %2: candidate %3 of %4</source>
        <translation>Suche %1, %2: Kandidat %3 von %4</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Search %1 completed: M_best has %2 linear layer(s), M_opt %3.</source>
        <translation>Suche %1 abgeschlossen: M_best hat %2 lineare Schicht(en), M_opt %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search %1 stopped; Resume continues it at the round it was in.</source>
        <translation>Suche %1 angehalten; „Fortsetzen“ setzt sie in der Runde fort, in der sie angehalten wurde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped before the search was stored.</source>
        <translation>Angehalten, bevor die Suche gespeichert wurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not read search %1: %2</source>
        <translation>Suche %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Search %1, round %2: layer %3 replaced, %4 linear layer(s), score %5</source>
        <translation>Suche %1, Runde %2: Schicht %3 ersetzt, %4 lineare Schicht(en), Score %5</translation>
    </message>
</context>
<context>
    <name>dtr::gui::StageLayout</name>
    <message>
        <location filename="../widgets/stagelayout.cpp" line="+22"/>
        <source>&amp;Start</source>
        <translation>Sta&amp;rten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
</context>
<context>
    <name>dtr::gui::TrajectoryPlot</name>
    <message>
        <location filename="../widgets/trajectoryplot.cpp" line="+48"/>
        <source>Linear layers</source>
        <translation>Lineare Schichten</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score (%1)</source>
        <translation>Score (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No search shown: start one, or pick one from the list.</source>
        <translation>Keine Suche angezeigt: Starten Sie eine oder wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Crossed the tolerance (not kept)</source>
        <translation>Toleranz überschritten (nicht übernommen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Test task</source>
        <translation>Testaufgabe</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>P_full %1</source>
        <translation>P_full %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P_min %1</source>
        <translation>P_min %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>M_best = M_opt</source>
        <translation>M_best = M_opt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M_best</source>
        <translation>M_best</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M_opt</source>
        <translation>M_opt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Round %1: layer %2 replaced, %3 linear layer(s); validation %4</source>
        <translation>Runde %1: Schicht %2 ersetzt, %3 lineare Schicht(en); Validierung %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (95% %1–%2)</source>
        <translation> (95-%-Intervall %1–%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; test %1</source>
        <translation>; Test %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the best two candidates were within noise</source>
        <translation>; die zwei besten Kandidaten lagen innerhalb des Rauschens</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 linear layer(s), validation %3</source>
        <translation>%1: %2 lineare Schicht(en), Validierung %3</translation>
    </message>
</context>
<context>
    <name>dtr::gui::WhatIfPanel</name>
    <message>
        <location filename="../widgets/whatifpanel.cpp" line="+46"/>
        <source>What if, at a &amp;context of</source>
        <translation>Was wäre, bei einem &amp;Kontext von</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tokens of context for the prediction (the KV cache grows with it)</source>
        <translation>Token Kontext für die Vorhersage (der KV-Cache wächst damit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tokens:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as Configuration…</source>
        <translation>Als Konfiguration speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the map shown as a configuration of the project</source>
        <translation>Die angezeigte Karte als Konfiguration des Projekts speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evaluate on Task</source>
        <translation>Auf Aufgabe &amp;bewerten</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>No prediction: %1</source>
        <translation>Keine Vorhersage: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose a validation task in the Search view first</source>
        <translation>Wählen Sie zuerst eine Validierungsaufgabe in der Ansicht „Suche“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the map as a configuration and evaluate it on %1</source>
        <translation>Die Karte als Konfiguration speichern und auf %1 bewerten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a project to see what a map would gain.</source>
        <translation>Öffnen Sie ein Projekt, um zu sehen, was eine Karte gewinnen würde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Distil the model first: the prediction needs the students&apos; sizes.</source>
        <translation>Destillieren Sie zuerst das Modell: die Vorhersage braucht die Größen der Schüler.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measuring the layers…</source>
        <translation>Die Schichten werden gemessen…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n linear layer(s): decode %1× faster than full attention (predicted), cache %2 instead of %3.</source>
        <translation>
            <numerusform>%n lineare Schicht: Dekodierung %1× schneller als volle Attention (vorhergesagt), Cache %2 statt %3.</numerusform>
            <numerusform>%n lineare Schichten: Dekodierung %1× schneller als volle Attention (vorhergesagt), Cache %2 statt %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save as Configuration</source>
        <translation>Als Konfiguration speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Name of the configuration:</source>
        <translation>&amp;Name der Konfiguration:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the configuration %1</source>
        <translation>Die Konfiguration %1 speichern</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Evaluate %1 on %2</source>
        <translation>%1 auf %2 bewerten</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+32"/>
        <source>Distill-then-Replace workbench: explore a Transformer&apos;s layers and turn it into a hybrid of full and linear attention.</source>
        <translation>Distill-then-Replace-Workbench: Untersuchen Sie die Schichten eines Transformers und machen Sie daraus einen Hybrid aus voller und linearer Attention.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A Hugging Face model folder, or a .dtr project to open.</source>
        <translation>Ein Hugging-Face-Modellordner oder ein .dtr-Projekt, das geöffnet werden soll.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The view to show first: layer-map, distillation, search, configurations, comparison or orders.</source>
        <translation>Die zuerst anzuzeigende Ansicht: layer-map, distillation, search, configurations, comparison oder orders.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configurations of the project to compare side by side, separated by semicolons.</source>
        <translation>Konfigurationen des Projekts, die nebeneinander verglichen werden, durch Semikolons getrennt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>dtr-workbench: unknown view %1 (layer-map, distillation, search, configurations, comparison, orders).</source>
        <translation>dtr-workbench: unbekannte Ansicht %1 (layer-map, distillation, search, configurations, comparison, orders).</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>dtr-workbench: expected at most one model folder, got %1.</source>
        <translation>dtr-workbench: Höchstens ein Modellordner erwartet, %1 angegeben.</translation>
    </message>
</context>
</TS>
