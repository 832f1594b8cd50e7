<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
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
        <location filename="../widgets/layermapview.cpp" line="+35"/>
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
</context>
<context>
    <name>dtr::gui::LayerTableModel</name>
    <message>
        <location filename="../widgets/layertablemodel.cpp" line="+50"/>
        <source>none</source>
        <comment>sliding window</comment>
        <translation>keines</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <source>The token mixer of the layer</source>
        <translation>Der Token-Mixer der Schicht</translation>
    </message>
    <message>
        <location line="+2"/>
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
    <name>dtr::gui::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="+322"/>
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
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+46"/>
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
        <location line="+67"/>
        <source>Open Model Folder</source>
        <translation>Modellordner öffnen</translation>
    </message>
    <message>
        <location line="-323"/>
        <location line="+275"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No model folder given.</source>
        <translation>Kein Modellordner angegeben.</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
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
        <location line="-277"/>
        <location line="+286"/>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="-414"/>
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
        <location line="+34"/>
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
        <location line="+59"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Create project %1 (hashing the model)</source>
        <translation>Projekt %1 anlegen (Prüfsumme des Modells)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open project %1</source>
        <translation>Projekt %1 öffnen</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location line="+53"/>
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
        <location line="+45"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <translation>&amp;Aufträge</translation>
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
        <location line="+26"/>
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
    <name>dtr::gui::RunsView</name>
    <message>
        <location filename="../widgets/runsview.cpp" line="+31"/>
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
        <location line="+11"/>
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
        <location line="+7"/>
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
        <location filename="../app/gui/main.cpp" line="+25"/>
        <source>Distill-then-Replace workbench: explore a Transformer&apos;s layers and turn it into a hybrid of full and linear attention.</source>
        <translation>Distill-then-Replace-Workbench: Untersuchen Sie die Schichten eines Transformers und machen Sie daraus einen Hybrid aus voller und linearer Attention.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A Hugging Face model folder, or a .dtr project to open.</source>
        <translation>Ein Hugging-Face-Modellordner oder ein .dtr-Projekt, das geöffnet werden soll.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dtr-workbench: expected at most one model folder, got %1.</source>
        <translation>dtr-workbench: Höchstens ein Modellordner erwartet, %1 angegeben.</translation>
    </message>
</context>
</TS>
