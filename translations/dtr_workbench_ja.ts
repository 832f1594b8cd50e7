<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>PlotExport</name>
    <message>
        <location filename="../widgets/plotexport.cpp" line="+47"/>
        <source>Could not save the plot to %1: %2</source>
        <translation>プロットを %1 に保存できませんでした: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the folder %1 does not exist</source>
        <translation>フォルダー %1 が存在しません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file could not be written</source>
        <translation>ファイルを書き込めませんでした</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the existing file could not be replaced</source>
        <translation>既存のファイルを置き換えられませんでした</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file could not be renamed into place</source>
        <translation>ファイルの名前を変更して配置できませんでした</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Plot exported from DtR Workbench</source>
        <translation>DtR Workbench からエクスポートしたプロット</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>there is no plot</source>
        <translation>プロットがありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown file type “%1” (use .png, .pdf or .svg)</source>
        <translation>不明なファイル形式「%1」です(.png、.pdf、.svg を使用してください)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a folder</source>
        <translation>フォルダーです</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG 画像 (*.svg)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>Save Plot</source>
        <translation>プロットを保存</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the plot as a PNG, PDF or SVG file</source>
        <translation>プロットを PNG、PDF、SVG ファイルとして保存します</translation>
    </message>
</context>
<context>
    <name>dtr::gui::CandidateMatrix</name>
    <message>
        <location filename="../widgets/candidatematrix.cpp" line="+36"/>
        <source>Layer</source>
        <translation>レイヤー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round</source>
        <translation>ラウンド</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Click a cell to see that candidate on the layer map</source>
        <translation>セルをクリックすると、その候補をレイヤーマップに表示します</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Round %1, layer %2: %3</source>
        <translation>ラウンド %1、レイヤー %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (95% %1–%2)</source>
        <translation>(95% 区間 %1–%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, chosen</source>
        <translation>、採用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The best and the runner-up of this round were within noise.</source>
        <translation>このラウンドの最良候補と次点の差はノイズの範囲内でした。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The candidates of each round appear here.</source>
        <translation>各ラウンドの候補がここに表示されます。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 ≈</source>
        <translation>%1 ≈</translation>
    </message>
</context>
<context>
    <name>dtr::gui::DistillView</name>
    <message>
        <location filename="../widgets/distillview.cpp" line="+82"/>
        <source>New distillation run</source>
        <translation>新しい蒸留の実行</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Text or JSONL files whose text the students learn to imitate the teacher on</source>
        <translation>生徒が教師を模倣するよう学習するためのテキストを含むテキストまたは JSONL ファイル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Peak learning rate of AdamW, e.g. 0.001 or 1e-3</source>
        <translation>AdamW の最大学習率(例: 0.001 または 1e-3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every layer</source>
        <translation>すべてのレイヤー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers to distil, e.g. 0-3,5. Filled in from the layer map (every layer not forbidden) until you type your own list.</source>
        <translation>蒸留するレイヤー(例: 0-3,5)。独自のリストを入力するまでは、レイヤーマップから(禁止されていないすべてのレイヤーが)入力されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From layer map</source>
        <translation>レイヤーマップから</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the layers the layer map does not forbid</source>
        <translation>レイヤーマップで禁止されていないレイヤーを使用します</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Transfer from attention</source>
        <translation>アテンションから転写</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer starts each student from the teacher layer&apos;s attention weights</source>
        <translation>転写では、各生徒を教師レイヤーのアテンションの重みから開始します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all cores</source>
        <translation>すべてのコア</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mixer:</source>
        <translation>ミキサー(&amp;M):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Calibration files:</source>
        <translation>キャリブレーションファイル(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Steps:</source>
        <translation>ステップ数(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;quence length:</source>
        <translation>シーケンス長(&amp;Q):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Batch size:</source>
        <translation>バッチサイズ(&amp;B):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Learning rate:</source>
        <translation>学習率(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ayers:</source>
        <translation>レイヤー(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Initialisation:</source>
        <translation>初期化(&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;eed:</source>
        <translation>シード(&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Threads:</source>
        <translation>スレッド数(&amp;T):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue the selected stopped run from its last checkpoint</source>
        <translation>選択した停止中の実行を最後のチェックポイントから続行します</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mixer</source>
        <translation>ミキサー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tokens/s</source>
        <translation>トークン/秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Layers</source>
        <translation>レイヤー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Runs</source>
        <translation>実行</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Tokens per training window (at most the model&apos;s context, %1)</source>
        <translation>学習ウィンドウあたりのトークン数(最大でモデルのコンテキスト長 %1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open or create a project to distil its model.</source>
        <translation>モデルを蒸留するには、プロジェクトを開くか作成してください。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Open a project first.</source>
        <translation>先にプロジェクトを開いてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a mixer.</source>
        <translation>ミキサーを選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one calibration file (text or JSONL).</source>
        <translation>キャリブレーションファイル(テキストまたは JSONL)を 1 つ以上追加してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a readable file.</source>
        <translation>%1 は読み取り可能なファイルではありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is empty.</source>
        <translation>%1 は空です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give a positive number, e.g. 0.001 or 1e-3.</source>
        <translation>正の数を指定してください(例: 0.001 または 1e-3)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is far too large for AdamW; use at most 1.</source>
        <translation>%1 は AdamW には大きすぎます。1 以下にしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No layers: leave it empty for every layer.</source>
        <translation>レイヤーがありません。すべてのレイヤーを対象にするには空欄のままにしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use layer numbers from 0 to %1 and ranges, e.g. 0-3,5.</source>
        <translation>0 から %1 までのレイヤー番号と範囲を使用してください(例: 0-3,5)。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>all layers</source>
        <translation>すべてのレイヤー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distil %1 with %2</source>
        <translation>%1 を %2 で蒸留</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resume distillation run %1</source>
        <translation>蒸留の実行 %1 を再開</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Resuming run %1…</source>
        <translation>実行 %1 を再開しています…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starting: loading the teacher and the data…</source>
        <translation>開始中: 教師とデータを読み込んでいます…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Run %1: step %2 of %3</source>
        <translation>実行 %1: ステップ %2 / %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 tokens/s</source>
        <translation>%1 トークン/秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left</source>
        <translation>残り %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparing: %1</source>
        <translation>準備中: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run %1 completed.</source>
        <translation>実行 %1 が完了しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run %1 stopped; Resume continues it from its last checkpoint.</source>
        <translation>実行 %1 は停止しました。「再開」で最後のチェックポイントから続行できます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped before the run was stored.</source>
        <translation>実行が保存される前に停止しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not read run %1: %2</source>
        <translation>実行 %1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Add Calibration Files</source>
        <translation>キャリブレーションファイルを追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text and JSONL files (*.txt *.jsonl *.json);;All files (*)</source>
        <translation>テキストおよび JSONL ファイル (*.txt *.jsonl *.json);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>dtr::gui::HeldoutBars</name>
    <message>
        <location filename="../widgets/lossbars.cpp" line="+59"/>
        <source>Initial</source>
        <translation>初期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Final</source>
        <translation>最終</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layer</source>
        <translation>レイヤー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held-out loss (MSE)</source>
        <translation>検証損失 (MSE)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No held-out losses yet</source>
        <translation>検証損失はまだありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reset view</source>
        <translation>表示をリセット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all layers again (or double-click the plot)</source>
        <translation>すべてのレイヤーを再表示します(またはプロットをダブルクリック)</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Layer %1: initial %2, final %3 (%4× lower)</source>
        <translation>レイヤー %1: 初期 %2、最終 %3(%4 分の 1 に低下)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layer %1: initial %2, final %3 (%4× higher)</source>
        <translation>レイヤー %1: 初期 %2、最終 %3(%4 倍に上昇)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>n/a</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer %1: initial %2, final %3</source>
        <translation>レイヤー %1: 初期 %2、最終 %3</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Point at a layer to compare its held-out loss before and after distillation.</source>
        <translation>レイヤーを指すと、蒸留前後の検証損失を比較できます。</translation>
    </message>
</context>
<context>
    <name>dtr::gui::JobsView</name>
    <message>
        <location filename="../widgets/jobsview.cpp" line="+32"/>
        <source>%1 MB/s</source>
        <translation>%1 MB/秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 steps/s</source>
        <translation>%1 ステップ/秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 candidates/s</source>
        <translation>%1 候補/秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 batches/s</source>
        <translation>%1 バッチ/秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2/s</source>
        <translation>%1 %2/秒</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>速度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ETA</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+108"/>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel this job (what it stored so far is kept)</source>
        <translation>このジョブをキャンセルします(それまでに保存された内容は保持されます)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>done in %1</source>
        <translation>%1 で完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled (can be resumed)</source>
        <translation>キャンセル済み(再開可能)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
</context>
<context>
    <name>dtr::gui::LayerMapView</name>
    <message>
        <location filename="../widgets/layermapview.cpp" line="+48"/>
        <source>%1 layer %2</source>
        <translation>レイヤー %2 を%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pin</source>
        <translation>固定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forbid</source>
        <translation>禁止</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free</source>
        <translation>自由に</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Run %1 · %2 · %3, %n step(s)</source>
        <translation>
            <numerusform>実行 %1 · %2 · %3、%n ステップ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create or open a project (File ▸ New Project… / Open Project…), or open a model folder, to see its layers.</source>
        <translation>レイヤーを表示するには、プロジェクトを作成するか開く(ファイル ▸ 新規プロジェクト… / プロジェクトを開く…)か、モデルフォルダーを開いてください。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Attention</source>
        <translation>アテンション</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MLP</source>
        <translation>MLP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layer</source>
        <translation>レイヤー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The distillation run whose final held-out losses colour the layers</source>
        <translation>最終検証損失でレイヤーを色分けする蒸留の実行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held-out losses of:</source>
        <translation>検証損失の表示元:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Back to the Constraints</source>
        <translation>制約に戻る</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the layer map&apos;s pins and forbidden layers again</source>
        <translation>レイヤーマップの固定レイヤーと禁止レイヤーを再表示します</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>no distillation runs yet</source>
        <translation>蒸留の実行はまだありません</translation>
    </message>
</context>
<context>
    <name>dtr::gui::LayerStrip</name>
    <message>
        <location filename="../widgets/layerstrip.cpp" line="+49"/>
        <source>Layer map</source>
        <translation>レイヤーマップ</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>pinned</source>
        <translation>固定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>forbidden</source>
        <translation>禁止</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Final held-out loss, run %1 (log scale):</source>
        <translation>最終検証損失、実行 %1(対数スケール):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final held-out loss: select a distillation run</source>
        <translation>最終検証損失: 蒸留の実行を選択してください</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not distilled</source>
        <translation>未蒸留</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>pinned: linear from the start</source>
        <translation>固定: 最初から線形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forbidden: stays full attention</source>
        <translation>禁止: フルアテンションのまま</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a layer to cycle free → pinned → forbidden; right-click for the menu; keys P, F, Delete, Space and the arrows.</source>
        <translation>レイヤーをクリックすると 自由 → 固定 → 禁止 と切り替わります。右クリックでメニュー、キーは P、F、Delete、Space、矢印キーです。</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Layer %1</source>
        <translation>レイヤー %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free (the search decides)</source>
        <translation>自由(探索が決定)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin as linear</source>
        <translation>線形に固定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forbid (keep full attention)</source>
        <translation>禁止(フルアテンションを維持)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Layer %1&lt;/b&gt;: %2, %3</source>
        <translation>&lt;b&gt;レイヤー %1&lt;/b&gt;: %2、%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Held-out loss (run %1): %2 → %3</source>
        <translation>検証損失(実行 %1): %2 → %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(%1× lower)</source>
        <translation>(%1 分の 1 に低下)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not distilled in run %1</source>
        <translation>実行 %1 では蒸留されていません</translation>
    </message>
</context>
<context>
    <name>dtr::gui::LayerTableModel</name>
    <message>
        <location filename="../widgets/layertablemodel.cpp" line="+192"/>
        <source>none</source>
        <comment>sliding window</comment>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Held-out loss of run %1: %2 at the start, %3 at the end</source>
        <translation>実行 %1 の検証損失: 開始時 %2、終了時 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attention %1 + MLP %2 + norms %3</source>
        <translation>アテンション %1 + MLP %2 + 正規化 %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Layer</source>
        <translation>レイヤー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mixer</source>
        <translation>ミキサー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Constraint</source>
        <translation>制約</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held-out loss</source>
        <translation>検証損失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sliding window</source>
        <translation>スライディングウィンドウ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attention params</source>
        <translation>アテンションのパラメータ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MLP params</source>
        <translation>MLP のパラメータ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total params</source>
        <translation>パラメータ合計</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token mixer of the layer (a pinned layer shows the linear mixer it becomes)</source>
        <translation>レイヤーのトークンミキサー(固定されたレイヤーには、置き換え後の線形ミキサーが表示されます)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free: the search decides; pinned: linear from the start; forbidden: stays full attention</source>
        <translation>自由: 探索が決定、固定: 最初から線形、禁止: フルアテンションのまま</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final held-out distillation loss (MSE) of the selected run</source>
        <translation>選択した実行の最終検証蒸留損失 (MSE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attention window in tokens; none means full causal attention</source>
        <translation>トークン単位のアテンションウィンドウ。「なし」は完全な因果的アテンションを意味します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attention, MLP and norm parameters of the layer</source>
        <translation>レイヤーのアテンション、MLP、正規化のパラメータ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>full attention</source>
        <translation>フルアテンション</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gated linear attention</source>
        <translation>ゲート付き線形アテンション</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gated DeltaNet</source>
        <translation>Gated DeltaNet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JetBlock</source>
        <translation>JetBlock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>linear attention</source>
        <translation>線形アテンション</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attn</source>
        <comment>full attention, short</comment>
        <translation>アテンション</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear</source>
        <comment>linear attention, short</comment>
        <translation>線形</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jet</source>
        <comment>JetBlock, short</comment>
        <translation>Jet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pinned linear</source>
        <translation>線形に固定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forbidden</source>
        <translation>禁止</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>free</source>
        <translation>自由</translation>
    </message>
</context>
<context>
    <name>dtr::gui::LossPlot</name>
    <message>
        <location filename="../widgets/lossplot.cpp" line="+65"/>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss (MSE)</source>
        <translation>損失 (MSE)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Distillation loss per layer</source>
        <translation>レイヤーごとの蒸留損失</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Train</source>
        <translation>学習</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held-out</source>
        <translation>検証</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No losses yet</source>
        <translation>損失はまだありません</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reset view</source>
        <translation>表示をリセット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the axes to the data again (or double-click the plot)</source>
        <translation>軸をデータに再び合わせます(またはプロットをダブルクリック)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Layers to show</source>
        <translation>表示するレイヤー</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <location line="+8"/>
        <location line="+273"/>
        <source>Layer %1</source>
        <translation>レイヤー %1</translation>
    </message>
    <message>
        <location line="-340"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show all layers</source>
        <translation>すべてのレイヤーを表示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide all layers</source>
        <translation>すべてのレイヤーを非表示</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Layer %1 (held-out)</source>
        <translation>レイヤー %1(検証)</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>Point at a curve to read its loss; wheel zooms, drag pans.</source>
        <translation>曲線を指すと損失を表示します。ホイールでズーム、ドラッグでパンします。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>train</source>
        <translation>学習</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>held-out</source>
        <translation>検証</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer %1 · step %2 · %3 loss %4</source>
        <translation>レイヤー %1 · ステップ %2 · %3損失 %4</translation>
    </message>
</context>
<context>
    <name>dtr::gui::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="+87"/>
        <location line="+447"/>
        <source>&amp;Layer Map</source>
        <translation>レイヤーマップ(&amp;L)</translation>
    </message>
    <message>
        <location line="-446"/>
        <location line="+450"/>
        <source>&amp;Distillation</source>
        <translation>蒸留(&amp;D)</translation>
    </message>
    <message>
        <location line="-449"/>
        <location line="+453"/>
        <source>&amp;Search</source>
        <translation>探索(&amp;S)</translation>
    </message>
    <message>
        <location line="-407"/>
        <source>Quit DtR Workbench</source>
        <translation>DtR Workbench を終了</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n job(s) still running. Cancel and quit? What they stored so far is kept, and distillations and searches can be resumed.</source>
        <translation>
            <numerusform>%n 件のジョブがまだ実行中です。キャンセルして終了しますか? それまでに保存された内容は保持され、蒸留と探索は再開できます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for the running jobs to stop…</source>
        <translation>実行中のジョブが停止するのを待っています…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Clear Menu</source>
        <translation>メニューをクリア</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New Project: Choose the Model Folder</source>
        <translation>新規プロジェクト: モデルフォルダーを選択</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New Project: Save As</source>
        <translation>新規プロジェクト: 名前を付けて保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>DtR projects (*.dtr)</source>
        <translation>DtR プロジェクト (*.dtr)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+60"/>
        <source>Open Project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Create project %1 (hashing the model)</source>
        <translation>プロジェクト %1 を作成(モデルのハッシュを計算中)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+429"/>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <location line="-427"/>
        <source>Open project %1</source>
        <translation>プロジェクト %1 を開く</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+444"/>
        <source>Could not open %1</source>
        <translation>%1 を開けませんでした</translation>
    </message>
    <message>
        <location line="-439"/>
        <source>Could not open the project “%1”. The file was not changed.</source>
        <translation>プロジェクト「%1」を開けませんでした。ファイルは変更されていません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The project&apos;s model is not where it was: %1</source>
        <translation>プロジェクトのモデルが元の場所にありません: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model Not Found</source>
        <translation>モデルが見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model of “%1” is not usable: %2.</source>
        <translation>「%1」のモデルは使用できません: %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was at %1. If you moved it, point the project at its new folder; the content is checked against the project&apos;s hash.</source>
        <translation>モデルは %1 にありました。移動した場合は、プロジェクトに新しいフォルダーを指定してください。内容はプロジェクトのハッシュと照合されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Relocate…</source>
        <translation>場所を変更(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relocate: Choose the Model&apos;s New Folder</source>
        <translation>場所の変更: モデルの新しいフォルダーを選択</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Relocate the model of %1 (checking its content)</source>
        <translation>%1 のモデルの場所を変更(内容を確認中)</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Could not store the layer constraints: %1</source>
        <translation>レイヤーの制約を保存できませんでした: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The language changes the next time DtR Workbench starts.</source>
        <translation>言語は DtR Workbench の次回起動時に変更されます。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Project…</source>
        <translation>新規プロジェクト(&amp;N)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create a project (.dtr) for a model folder</source>
        <translation>モデルフォルダーのプロジェクト (.dtr) を作成します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Project…</source>
        <translation>プロジェクトを開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a DtR project file (.dtr)</source>
        <translation>DtR プロジェクトファイル (.dtr) を開きます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイルを開く(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close Project</source>
        <translation>プロジェクトを閉じる(&amp;C)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open &amp;Model Folder…</source>
        <translation>モデルフォルダーを開く(&amp;M)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a Hugging Face model folder (config.json and safetensors weights)</source>
        <translation>Hugging Face のモデルフォルダー(config.json と safetensors の重み)を開きます</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Preferences…</source>
        <translation>環境設定(&amp;P)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About DtR Workbench</source>
        <translation>DtR Workbench について(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Runs</source>
        <translation>実行</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>R&amp;uns</source>
        <translation>実行(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Model Information</source>
        <translation>モデル情報(&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Jobs</source>
        <translation>ジョブ(&amp;J)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+72"/>
        <source>Open Model Folder</source>
        <translation>モデルフォルダーを開く</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>No model folder given.</source>
        <translation>モデルフォルダーが指定されていません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read model %1</source>
        <translation>モデル %1 を読み込み</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1 · %2 · %n layer(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n レイヤー</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened %1 (%2 parameters)</source>
        <translation>%1 を開きました(パラメータ数 %2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not open the model folder “%1”.</source>
        <translation>モデルフォルダー「%1」を開けませんでした。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 — %2 — DtR Workbench</source>
        <translation>%1 — %2 — DtR Workbench</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>%1 — DtR Workbench</source>
        <translation>%1 — DtR Workbench</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>DtR Workbench</source>
        <translation>DtR Workbench</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About DtR Workbench</source>
        <translation>DtR Workbench について</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;DtR Workbench %1&lt;/h3&gt;&lt;p&gt;Turns a pretrained full-attention Transformer into a task-specific hybrid of full and linear attention layers with the Distill-then-Replace method, and lets you explore, compare and export the result.&lt;/p&gt;&lt;p&gt;Qt %2 · LibTorch %3 · SQLite %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DtR Workbench %1&lt;/h3&gt;&lt;p&gt;事前学習済みのフルアテンション Transformer を、Distill-then-Replace 手法によってフルアテンション層と線形アテンション層を組み合わせたタスク特化型のハイブリッドに変換し、その結果の探索・比較・エクスポートを行えます。&lt;/p&gt;&lt;p&gt;Qt %2 · LibTorch %3 · SQLite %4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>dtr::gui::ModelInfoPanel</name>
    <message>
        <location filename="../widgets/modelinfopanel.cpp" line="+58"/>
        <source>Folder:</source>
        <translation>フォルダー:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model type:</source>
        <translation>モデルタイプ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Architecture:</source>
        <translation>アーキテクチャ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers:</source>
        <translation>レイヤー数:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden size:</source>
        <translation>隠れ層サイズ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MLP size:</source>
        <translation>MLP サイズ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attention heads:</source>
        <translation>アテンションヘッド数:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KV heads:</source>
        <translation>KV ヘッド数:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head dim:</source>
        <translation>ヘッド次元:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vocabulary:</source>
        <translation>語彙数:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max positions:</source>
        <translation>最大位置数:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RoPE theta:</source>
        <translation>RoPE theta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RoPE scaling:</source>
        <translation>RoPE スケーリング:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sliding window:</source>
        <translation>スライディングウィンドウ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dtype:</source>
        <translation>データ型:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters:</source>
        <translation>パラメータ数:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights:</source>
        <translation>重み:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokenizer:</source>
        <translation>トークナイザー:</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 K</source>
        <comment>thousand</comment>
        <translation>%1 K</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 M</source>
        <comment>million</comment>
        <translation>%1 M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 B</source>
        <comment>billion</comment>
        <translation>%1 B</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2 query heads per KV head)</source>
        <translation>%1(KV ヘッドあたり %2 個のクエリヘッド)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>none</source>
        <comment>RoPE scaling</comment>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>llama3, factor %1 (low %2, high %3, original %4)</source>
        <translation>llama3、係数 %1(low %2、high %3、original %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, factor %2</source>
        <translation>%1、係数 %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>none</source>
        <comment>sliding window</comment>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 tokens on every layer</source>
        <translation>すべてのレイヤーで %1 トークン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 tokens on %2 of %3 layers</source>
        <translation>%3 レイヤー中 %2 レイヤーで %1 トークン</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mixed, on %1 of %2 layers</source>
        <translation>混在、%2 レイヤー中 %1 レイヤー</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (stored as %2)</source>
        <translation>%1(%2 として保存)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Embedding %1, LM head %2</source>
        <translation>埋め込み %1、LM ヘッド %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tied to the embedding</source>
        <translation>埋め込みと共有</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n 個のファイル、%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>present (tokenizer.json)</source>
        <translation>あり (tokenizer.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>dtr::gui::PreferencesDialog</name>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="+19"/>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System default (%1)</source>
        <translation>システムの既定 (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The language changes the next time DtR Workbench starts.</source>
        <translation>言語は DtR Workbench の次回起動時に変更されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
</context>
<context>
    <name>dtr::gui::RunsView</name>
    <message>
        <location filename="../widgets/runsview.cpp" line="+32"/>
        <source>completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Distillation runs</source>
        <translation>蒸留の実行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searches</source>
        <translation>探索</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run %1 · %2</source>
        <translation>実行 %1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 steps · layers %2</source>
        <translation>%1 ステップ · レイヤー %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search %1 · %2</source>
        <translation>探索 %1 · %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 · %n round(s)</source>
        <translation>
            <numerusform>%1 · %n ラウンド</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtr::gui::SearchView</name>
    <message>
        <location filename="../widgets/searchview.cpp" line="+72"/>
        <source>multiple choice</source>
        <translation>多肢選択</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language modelling</source>
        <translation>言語モデリング</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generation</source>
        <translation>生成</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (search %2)</source>
        <translation>%1(探索 %2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Greedy</source>
        <translation>貪欲法</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uniform</source>
        <translation>均等</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distillation loss</source>
        <translation>蒸留損失</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New search</source>
        <translation>新しい探索</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>optional: scores what the search finds</source>
        <translation>任意: 探索で見つかった構成を評価します</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a JSONL task file</source>
        <translation>JSONL タスクファイル</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>How a configuration is scored on the task; the task&apos;s kind decides which apply</source>
        <translation>タスク上で構成を評価する方法。使用できる指標はタスクの種類によって決まります</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How much worse than the full model a hybrid may score (P_min = P_full × (1 − tolerance))</source>
        <translation>ハイブリッドのスコアがフルモデルをどこまで下回ってよいか(P_min = P_full × (1 − 許容度))</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace, one at a time, the layer whose replacement hurts the task least</source>
        <translation>置き換えによるタスクへの悪影響が最も小さいレイヤーを 1 つずつ置き換えます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Greedy is the method; the others are placement baselines to compare it with</source>
        <translation>貪欲法が本来の手法で、その他は比較用の配置ベースラインです</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The distillation run whose students replace the layers</source>
        <translation>生徒でレイヤーを置き換える蒸留の実行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit them on the layer map: pinned layers start linear, forbidden ones stay attention</source>
        <translation>レイヤーマップで編集します。固定レイヤーは最初から線形、禁止レイヤーはアテンションのままです</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after this many linear layers (pinned ones included)</source>
        <translation>線形レイヤーがこの数に達したら停止します(固定レイヤーを含む)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trace the whole trajectory past P_min</source>
        <translation>P_min を超えて軌跡全体をたどる</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seeds the random baseline and the bootstrap intervals</source>
        <translation>ランダムベースラインとブートストラップ区間のシード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Validation task:</source>
        <translation>検証タスク(&amp;V):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;est task:</source>
        <translation>テストタスク(&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Metric:</source>
        <translation>指標(&amp;M):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tolerance:</source>
        <translation>許容度(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;rategy:</source>
        <translation>戦略(&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;udents:</source>
        <translation>生徒(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constraints:</source>
        <translation>制約:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ma&amp;x. linear layers:</source>
        <translation>最大線形レイヤー数(&amp;X):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;eed:</source>
        <translation>シード(&amp;E):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue the selected stopped search at the round it was in</source>
        <translation>選択した停止中の探索を、停止したラウンドから続行します</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search</source>
        <translation>探索</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strategy</source>
        <translation>戦略</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rounds</source>
        <translation>ラウンド</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Searches</source>
        <translation>探索</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Open or create a project, and distil its layers, to search for a hybrid.</source>
        <translation>ハイブリッドを探索するには、プロジェクトを開くか作成して、そのレイヤーを蒸留してください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Run %1 · %2 · layers %3</source>
        <translation>実行 %1 · %2 · レイヤー %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no completed distillation run yet</source>
        <translation>完了した蒸留の実行はまだありません</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pinned %1 · forbidden %2 (from the layer map)</source>
        <translation>固定 %1 · 禁止 %2(レイヤーマップから)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a Task File</source>
        <translation>タスクファイルを選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task files (*.jsonl);;All files (*)</source>
        <translation>タスクファイル (*.jsonl);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“%1” → %2 (answer %3)</source>
        <translation>「%1」→ %2(正解 %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” → “%2”</source>
        <translation>「%1」→「%2」</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 · %n example(s) · metrics: %2</source>
        <translation>
            <numerusform>%1 · %n 件の例 · 指標: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. %1</source>
        <translation>例: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the task&apos;s default</source>
        <translation>タスクの既定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default (%1)</source>
        <translation>既定 (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open a project first.</source>
        <translation>先にプロジェクトを開いてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the validation task the search scores configurations on.</source>
        <translation>探索で構成を評価する検証タスクを選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>%1 is not a file.</source>
        <translation>%1 はファイルではありません。</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+5"/>
        <source>%1 could not be read as a task.</source>
        <translation>%1 をタスクとして読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test task is %1 but the validation task is %2; use tasks of one kind.</source>
        <translation>テストタスクは %1 ですが、検証タスクは %2 です。同じ種類のタスクを使用してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distil the layers first (the Distillation view): the search needs their students.</source>
        <translation>先にレイヤーを蒸留してください(蒸留ビュー)。探索にはその生徒が必要です。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>At least the %n pinned layer(s).</source>
        <translation>
            <numerusform>固定された %n レイヤー以上にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Search (%1) on %2</source>
        <translation>%2 で探索(%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Resume search %1</source>
        <translation>探索 %1 を再開</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Resuming search %1…</source>
        <translation>探索 %1 を再開しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting: loading the model, the students and the tasks…</source>
        <translation>開始中: モデル、生徒、タスクを読み込んでいます…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Search %1, %2: candidate %3 of %4</source>
        <translation>探索 %1、%2: 候補 %3 / %4</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Search %1 completed: M_best has %2 linear layer(s), M_opt %3.</source>
        <translation>探索 %1 が完了しました: M_best の線形レイヤーは %2、M_opt は %3 です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search %1 stopped; Resume continues it at the round it was in.</source>
        <translation>探索 %1 は停止しました。「再開」で停止したラウンドから続行できます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped before the search was stored.</source>
        <translation>探索が保存される前に停止しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not read search %1: %2</source>
        <translation>探索 %1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Search %1, round %2: layer %3 replaced, %4 linear layer(s), score %5</source>
        <translation>探索 %1、ラウンド %2: レイヤー %3 を置換、線形レイヤー %4、スコア %5</translation>
    </message>
</context>
<context>
    <name>dtr::gui::StageLayout</name>
    <message>
        <location filename="../widgets/stagelayout.cpp" line="+22"/>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ca&amp;ncel</source>
        <translation>キャンセル(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
</context>
<context>
    <name>dtr::gui::TrajectoryPlot</name>
    <message>
        <location filename="../widgets/trajectoryplot.cpp" line="+48"/>
        <source>Linear layers</source>
        <translation>線形レイヤー数</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score (%1)</source>
        <translation>スコア (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No search shown: start one, or pick one from the list.</source>
        <translation>表示中の探索はありません。探索を開始するか、一覧から選択してください。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>95% interval</source>
        <translation>95% 区間</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Crossed the tolerance (not kept)</source>
        <translation>許容度を超過(不採用)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Test task</source>
        <translation>テストタスク</translation>
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
        <translation>ラウンド %1: レイヤー %2 を置換、線形レイヤー %3、検証 %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (95% %1–%2)</source>
        <translation>(95% 区間 %1–%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; test %1</source>
        <translation>、テスト %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the best two candidates were within noise</source>
        <translation>、上位 2 候補の差はノイズの範囲内</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 linear layer(s), validation %3</source>
        <translation>%1: 線形レイヤー %2、検証 %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+28"/>
        <source>Distill-then-Replace workbench: explore a Transformer&apos;s layers and turn it into a hybrid of full and linear attention.</source>
        <translation>Distill-then-Replace ワークベンチ: Transformer のレイヤーを調べ、フルアテンションと線形アテンションのハイブリッドに変換します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A Hugging Face model folder, or a .dtr project to open.</source>
        <translation>開く対象の Hugging Face モデルフォルダー、または .dtr プロジェクト。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The view to show first: layer-map, distillation or search.</source>
        <translation>最初に表示するビュー: layer-map、distillation、search のいずれか。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>dtr-workbench: unknown view %1 (layer-map, distillation, search).</source>
        <translation>dtr-workbench: 不明なビュー %1 です(layer-map、distillation、search)。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>dtr-workbench: expected at most one model folder, got %1.</source>
        <translation>dtr-workbench: モデルフォルダーは最大 1 つですが、%1 個指定されました。</translation>
    </message>
</context>
</TS>
