<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>dtr::gui::LayerMapView</name>
    <message>
        <location filename="../widgets/layermapview.cpp" line="+35"/>
        <source>Open a model folder (File ▸ Open Model Folder…) to see its layers.</source>
        <translation>Öffnen Sie einen Modellordner (Datei ▸ Modellordner öffnen…), um seine Schichten zu sehen.</translation>
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
        <location filename="../widgets/mainwindow.cpp" line="+85"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Model Folder…</source>
        <translation>Modellordner &amp;öffnen…</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+12"/>
        <source>&amp;Model Information</source>
        <translation>&amp;Modellinformationen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+76"/>
        <source>Open Model Folder</source>
        <translation>Modellordner öffnen</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No model folder given.</source>
        <translation>Kein Modellordner angegeben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: unknown error while reading the model folder.</source>
        <translation>%1: Unbekannter Fehler beim Lesen des Modellordners.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%1 · %2 · %n layer(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n Schicht</numerusform>
            <numerusform>%1 · %2 · %n Schichten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened %1 (%2 parameters)</source>
        <translation>%1 geöffnet (%2 Parameter)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not open the model folder “%1”.</source>
        <translation>Der Modellordner „%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>DtR Workbench</source>
        <translation>DtR Workbench</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — DtR Workbench</source>
        <translation>%1 — DtR Workbench</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About DtR Workbench</source>
        <translation>Über DtR Workbench</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;DtR Workbench %1&lt;/h3&gt;&lt;p&gt;Turns a pretrained full-attention Transformer into a task-specific hybrid of full and linear attention layers with the Distill-then-Replace method, and lets you explore, compare and export the result.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DtR Workbench %1&lt;/h3&gt;&lt;p&gt;Macht aus einem vortrainierten Transformer mit voller Attention mit der Distill-then-Replace-Methode einen aufgabenspezifischen Hybrid aus Schichten mit voller und linearer Attention und hilft, das Ergebnis zu untersuchen, zu vergleichen und zu exportieren.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
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
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+24"/>
        <source>Distill-then-Replace workbench: explore a Transformer&apos;s layers and turn it into a hybrid of full and linear attention.</source>
        <translation>Distill-then-Replace-Workbench: Untersuchen Sie die Schichten eines Transformers und machen Sie daraus einen Hybrid aus voller und linearer Attention.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hugging Face model folder to open.</source>
        <translation>Zu öffnender Hugging-Face-Modellordner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dtr-workbench: expected at most one model folder, got %1.</source>
        <translation>dtr-workbench: Höchstens ein Modellordner erwartet, %1 angegeben.</translation>
    </message>
</context>
</TS>
