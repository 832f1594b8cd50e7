<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
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
    <name>dtr::gui::DistillView</name>
    <message>
        <location filename="../widgets/distillview.cpp" line="+80"/>
        <source>New distillation run</source>
        <translation>Neuer Destillationslauf</translation>
    </message>
    <message>
        <location line="+20"/>
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
    <message>
        <location line="+2"/>
        <source>Continue the selected stopped run from its last checkpoint</source>
        <translation>Den ausgewählten angehaltenen Lauf ab seinem letzten Checkpoint fortsetzen</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location line="+1"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Tokens per training window (at most the model&apos;s context, %1)</source>
        <translation>Token je Trainingsfenster (höchstens der Kontext des Modells, %1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open or create a project to distil its model.</source>
        <translation>Öffnen Sie ein Projekt oder legen Sie eines an, um sein Modell zu destillieren.</translation>
    </message>
    <message>
        <location line="+51"/>
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
        <location line="+48"/>
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
        <location filename="../widgets/layermapview.cpp" line="+47"/>
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
        <location line="+18"/>
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
        <location line="+99"/>
        <source>no distillation runs yet</source>
        <translation>noch keine Destillationsläufe</translation>
    </message>
</context>
<context>
    <name>dtr::gui::LayerStrip</name>
    <message>
        <location filename="../widgets/layerstrip.cpp" line="+49"/>
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
        <location line="+24"/>
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
        <location filename="../widgets/layertablemodel.cpp" line="+168"/>
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
        <location line="+8"/>
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
        <location line="-45"/>
        <source>Attention window in tokens; none means full causal attention</source>
        <translation>Attention-Fenster in Token; keines bedeutet volle kausale Attention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attention, MLP and norm parameters of the layer</source>
        <translation>Attention-, MLP- und Norm-Parameter der Schicht</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <source>Layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <location line="-67"/>
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
        <location filename="../widgets/mainwindow.cpp" line="+453"/>
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
        <location line="+12"/>
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
        <location line="+53"/>
        <source>&amp;Model Information</source>
        <translation>&amp;Modellinformationen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+71"/>
        <source>Open Model Folder</source>
        <translation>Modellordner öffnen</translation>
    </message>
    <message>
        <location line="-468"/>
        <location line="+416"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No model folder given.</source>
        <translation>Kein Modellordner angegeben.</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
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
        <location line="-421"/>
        <location line="+430"/>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="-610"/>
        <location line="+434"/>
        <source>&amp;Layer Map</source>
        <translation>&amp;Schichtkarte</translation>
    </message>
    <message>
        <location line="-433"/>
        <location line="+437"/>
        <source>&amp;Distillation</source>
        <translation>Des&amp;tillation</translation>
    </message>
    <message>
        <location line="-397"/>
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
        <location line="+60"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Create project %1 (hashing the model)</source>
        <translation>Projekt %1 anlegen (Prüfsumme des Modells)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open project %1</source>
        <translation>Projekt %1 öffnen</translation>
    </message>
    <message>
        <location line="+37"/>
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
        <location line="+103"/>
        <source>Could not store the layer constraints: %1</source>
        <translation>Die Schichtvorgaben konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The language changes the next time DtR Workbench starts.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von DtR Workbench.</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+48"/>
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
        <location line="+56"/>
        <source>Read model %1</source>
        <translation>Modell %1 lesen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not open the model folder “%1”.</source>
        <translation>Der Modellordner „%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+47"/>
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
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+28"/>
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
        <source>The view to show first: layer-map or distillation.</source>
        <translation>Die zuerst gezeigte Ansicht: layer-map oder distillation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>dtr-workbench: expected at most one model folder, got %1.</source>
        <translation>dtr-workbench: Höchstens ein Modellordner erwartet, %1 angegeben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>dtr-workbench: unknown view %1 (layer-map, distillation).</source>
        <translation>dtr-workbench: Unbekannte Ansicht %1 (layer-map, distillation).</translation>
    </message>
</context>
</TS>
