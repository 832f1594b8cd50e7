<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>Csv</name>
    <message>
        <location filename="../widgets/csv.cpp" line="+107"/>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation>%1 行目で始まる引用符付きフィールドが閉じられていません。</translation>
    </message>
</context>
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
    <name>dtr::gui::ComparisonView</name>
    <message>
        <location filename="../widgets/comparisonview.cpp" line="+98"/>
        <source>a search&apos;s M_best (highest validation score)</source>
        <translation>探索の M_best(最高の検証スコア)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a search&apos;s M_opt (most linear layers within the tolerance)</source>
        <translation>探索の M_opt(許容度内で線形レイヤーが最多)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a baseline&apos;s configuration</source>
        <translation>ベースラインの構成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the full-attention model</source>
        <translation>フルアテンションモデル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made by hand</source>
        <translation>手動で作成</translation>
    </message>
    <message numerus="yes">
        <location line="+95"/>
        <source> at %Ln token(s) of context</source>
        <translation>
            <numerusform>(コンテキスト %Ln トークン時)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer map</source>
        <translation>レイヤーマップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear layers</source>
        <translation>線形レイヤー数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefill (tokens/s)</source>
        <translation>プリフィル (トークン/秒)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode (ms/token)</source>
        <translation>デコード (ms/トークン)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode speed-up</source>
        <translation>デコード高速化率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache (MiB)</source>
        <translation>キャッシュ (MiB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak memory (MiB)</source>
        <translation>ピークメモリ (MiB)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One cell per layer, layer 0 on the left: linear attention or full attention</source>
        <translation>レイヤーごとに 1 セル、左端がレイヤー 0: 線形アテンションまたはフルアテンション</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score on the validation task, with its 95% interval</source>
        <translation>検証タスクでのスコアと 95% 区間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score on the test task, with its 95% interval</source>
        <translation>テストタスクでのスコアと 95% 区間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt tokens processed per second%1</source>
        <translation>1 秒あたりに処理したプロンプトトークン数%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median time to decode one token%1</source>
        <translation>1 トークンのデコードにかかる時間の中央値%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The full-attention model&apos;s decode time over this one&apos;s%1 (shown where the full model is compared and benchmarked there too)</source>
        <translation>フルアテンションモデルのデコード時間をこの構成のデコード時間で割った値%1(フルモデルも比較対象に含まれ、同じ条件でベンチマークされている場合に表示)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KV cache and recurrent state%1</source>
        <translation>KV キャッシュと再帰状態%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peak memory while benchmarking%1</source>
        <translation>ベンチマーク中のピークメモリ%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Not scored</source>
        <translation>未評価</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 on %2, %n example(s)</source>
        <translation>
            <numerusform>%2 での %1、%n 件の例</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configuration %1: %2</source>
        <translation>構成 %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>All %n layer(s) full attention</source>
        <translation>
            <numerusform>全 %n レイヤーがフルアテンション</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear (%1): layers %2</source>
        <translation>線形 (%1): レイヤー %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measured on %1</source>
        <translation>%1 で測定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not benchmarked at this context</source>
        <translation>このコンテキスト長ではベンチマーク未実施</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The layer map&apos;s colours</source>
        <translation>レイヤーマップの色</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Full attention</source>
        <translation>フルアテンション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear attention</source>
        <translation>線形アテンション</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Device:</source>
        <translation>デバイス(&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to compare yet.

Select configurations in the Configurations list and press Compare to see their scores, layer maps, speed and memory side by side.</source>
        <translation>比較するものはまだありません。

「構成」の一覧で構成を選択して「比較」を押すと、スコア、レイヤーマップ、速度、メモリを並べて表示します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The benchmarked context length the speed and memory columns and the plot use</source>
        <translation>速度とメモリの列およびプロットで使用する、ベンチマーク済みのコンテキスト長</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device whose benchmarks are shown</source>
        <translation>ベンチマークを表示するデバイス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the table as a CSV file (UTF-8, one row per configuration)</source>
        <translation>表を CSV ファイルとして保存します(UTF-8、構成ごとに 1 行)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Context:</source>
        <translation>コンテキスト(&amp;C):</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>not benchmarked</source>
        <translation>ベンチマーク未実施</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 tokens</source>
        <translation>%1 トークン</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>%n configuration(s), %1 benchmarked here</source>
        <translation>
            <numerusform>%n 個の構成、うち %1 個がここでベンチマーク済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Test score (%1), %n linear layer(s)</source>
        <translation>
            <numerusform>テストスコア (%1)、線形レイヤー %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Validation score (%1; no test score), %n linear layer(s)</source>
        <translation>
            <numerusform>検証スコア (%1、テストスコアなし)、線形レイヤー %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not benchmarked at %1: %2</source>
        <translation>%1 ではベンチマーク未実施: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not scored: %1</source>
        <translation>未評価: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The scores use different metrics (%1); the front follows the first one&apos;s direction.</source>
        <translation>スコアの指標が異なります (%1)。フロントは最初の指標の向きに従います。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test score, else validation (%1)</source>
        <translation>テストスコア、なければ検証スコア (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test score (%1)</source>
        <translation>テストスコア (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validation score</source>
        <translation>検証スコア</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Validation score (%1)</source>
        <translation>検証スコア (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, higher is better</source>
        <translation>、高いほど良い</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, lower is better</source>
        <translation>、低いほど良い</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode speed at %1 (tokens/s)</source>
        <translation>%1 でのデコード速度 (トークン/秒)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Could not export the comparison to %1: %2</source>
        <translation>比較を %1 にエクスポートできませんでした: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+7"/>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>Export CSV</source>
        <translation>CSV をエクスポート</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
</context>
<context>
    <name>dtr::gui::ConfigurationsView</name>
    <message>
        <location filename="../widgets/configurationsmodel.cpp" line="+245"/>
        <source>Hand-made</source>
        <translation>手動作成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full model</source>
        <translation>フルモデル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>M_best of search %1: the highest validation score seen</source>
        <translation>探索 %1 の M_best: 観測された最高の検証スコア</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M_opt of search %1: the most linear layers above P_min</source>
        <translation>探索 %1 の M_opt: P_min を上回る中で線形レイヤーが最多</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %1 baseline of search %2 at %n linear layer(s)</source>
        <translation>
            <numerusform>探索 %2 の %1 ベースライン(線形レイヤー %n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model as it is: every layer full attention</source>
        <translation>元のままのモデル: すべてのレイヤーがフルアテンション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved from the layer map</source>
        <translation>レイヤーマップから保存</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not scored on a %1 task yet</source>
        <translation>%1 タスクではまだ評価されていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2: %3</source>
        <translation>%2 での %1: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>95% interval [%1, %2]</source>
        <translation>95% 区間 [%1, %2]</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n 件の例</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/configurationsview.cpp" line="+76"/>
        <source>&amp;Rename</source>
        <translation>名前を変更(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename the configuration (F2)</source>
        <translation>構成の名前を変更します (F2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected configurations, with their evaluations and benchmarks (Del)</source>
        <translation>選択した構成を、その評価とベンチマークとともに削除します (Del)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Evaluate on a task…</source>
        <translation>タスクで評価(&amp;E)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score the selected configurations on a JSONL task file</source>
        <translation>選択した構成を JSONL タスクファイルで評価します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Benchmark…</source>
        <translation>ベンチマーク(&amp;B)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measure the speed and memory of the selected configurations</source>
        <translation>選択した構成の速度とメモリを測定します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the configuration as a Hugging Face folder</source>
        <translation>構成を Hugging Face フォルダーとして書き出します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compare the selected configurations side by side</source>
        <translation>選択した構成を並べて比較します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;layer map</source>
        <translation>レイヤーマップに表示(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the configuration&apos;s layers on the layer map</source>
        <translation>構成のレイヤーをレイヤーマップに表示します</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Group the list</source>
        <translation>一覧をグループ化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mixer</source>
        <translation>ミキサー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strategy</source>
        <translation>戦略</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search</source>
        <translation>探索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group by:</source>
        <translation>グループ化(&amp;G):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter by name, task, mixer or strategy</source>
        <translation>名前、タスク、ミキサー、戦略で絞り込み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the configurations of one task</source>
        <translation>1 つのタスクの構成のみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the configurations of one mixer</source>
        <translation>1 つのミキサーの構成のみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the configurations of one strategy</source>
        <translation>1 つの戦略の構成のみ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Task:</source>
        <translation>タスク(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mixer:</source>
        <translation>ミキサー(&amp;M):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Strategy:</source>
        <translation>戦略(&amp;S):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linear layers</source>
        <translation>線形レイヤー数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mixer</source>
        <translation>ミキサー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strategy</source>
        <translation>戦略</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Benchmarked</source>
        <translation>ベンチマーク</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exported</source>
        <translation>エクスポート先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many layers are linear attention, and where</source>
        <translation>線形アテンションのレイヤーの数と位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The validation score with half its 95% interval</source>
        <translation>検証スコアと 95% 区間の半幅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test score with half its 95% interval</source>
        <translation>テストスコアと 95% 区間の半幅</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The measured decode latency per token at the largest context benchmarked</source>
        <translation>ベンチマークした最大のコンテキスト長で測定した、トークンあたりのデコード遅延</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest export&apos;s folder</source>
        <translation>最新のエクスポート先フォルダー</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Could not read the configurations: %1</source>
        <translation>構成を読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <location filename="../widgets/configurationsmodel.cpp" line="+162"/>
        <source>No task</source>
        <translation>タスクなし</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search %1</source>
        <translation>探索 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No search</source>
        <translation>探索なし</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Created %1</source>
        <translation>作成日時 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No linear layer: every layer is full attention</source>
        <translation>線形レイヤーなし: すべてのレイヤーがフルアテンション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear layers (%1): %2</source>
        <translation>線形レイヤー (%1): %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Students of distillation run %1</source>
        <translation>蒸留の実行 %1 の生徒</translation>
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
        <translation>%2 で %1 トークン: デコード 1 トークンあたり %3 ms</translation>
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
        </translation>
    </message>
    <message>
        <location filename="../widgets/configurationsview.cpp" line="+69"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open a project to see its configurations.</source>
        <translation>構成を表示するには、プロジェクトを開いてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No configurations yet.
Run a search or save the layer map as a configuration.</source>
        <translation>構成はまだありません。
探索を実行するか、レイヤーマップを構成として保存してください。</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>%1 failed: %2</source>
        <translation>%1 が失敗しました: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: done.</source>
        <translation>%1: 完了しました。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A configuration needs a name; “%1” keeps its own.</source>
        <translation>構成には名前が必要です。「%1」は元の名前のままです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renaming “%1”…</source>
        <translation>「%1」の名前を変更しています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renamed “%1” to “%2”.</source>
        <translation>「%1」の名前を「%2」に変更しました。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleted “%1”.</source>
        <translation>「%1」を削除しました。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Evaluate %1 on %2</source>
        <translation>%1 を %2 で評価</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Benchmark %1</source>
        <translation>%1 をベンチマーク</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Delete the configuration “%1”?</source>
        <translation>構成「%1」を削除しますか?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete these %n configurations?</source>
        <translation>
            <numerusform>これら %n 個の構成を削除しますか?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete configurations</source>
        <translation>構成を削除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their evaluations, benchmarks and export records go with them; exported folders stay on disk.</source>
        <translation>評価、ベンチマーク、エクスポート記録も一緒に削除されます。エクスポートしたフォルダーはディスクに残ります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Evaluate on a task</source>
        <translation>タスクで評価</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task files (*.jsonl);;All files (*)</source>
        <translation>タスクファイル (*.jsonl);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Benchmark</source>
        <translation>ベンチマーク</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Measure prefill throughput, decode latency and memory of %n configuration(s), each next to the full model.</source>
        <translation>
            <numerusform>%n 個の構成のプリフィルスループット、デコード遅延、メモリを、それぞれフルモデルと並べて測定します。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Context lengths in tokens, separated by commas</source>
        <translation>トークン単位のコンテキスト長(カンマ区切り)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contexts:</source>
        <translation>コンテキスト(&amp;C):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Benchmark</source>
        <translation>ベンチマーク(&amp;B)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give one or more context lengths, e.g. 512, 2048, 8192.</source>
        <translation>コンテキスト長を 1 つ以上指定してください(例: 512, 2048, 8192)。</translation>
    </message>
</context>
<context>
    <name>dtr::gui::DisplayNames</name>
    <message>
        <location filename="../widgets/displaynames.cpp" line="+10"/>
        <source>Full attention</source>
        <translation>フルアテンション</translation>
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
        <translation>線形</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+4"/>
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
        <location line="+7"/>
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
</context>
<context>
    <name>dtr::gui::DistillView</name>
    <message>
        <location filename="../widgets/distillview.cpp" line="+83"/>
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
    <name>dtr::gui::ExportDialog</name>
    <message>
        <location filename="../widgets/exportdialog.cpp" line="+42"/>
        <source>Export a configuration</source>
        <translation>構成をエクスポート</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Configuration:</source>
        <translation>構成:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a new folder: the export creates it</source>
        <translation>新しいフォルダー: エクスポート時に作成されます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder to write (config.json, weights, tokenizer, model card); it must not exist yet</source>
        <translation>書き出し先のフォルダー(config.json、重み、トークナイザー、モデルカード)。まだ存在しないフォルダーを指定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder to export into; a new folder named after the configuration is made in it</source>
        <translation>エクスポート先のフォルダーを選択します。その中に構成名の新しいフォルダーが作成されます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>float32 (as trained)</source>
        <translation>float32(学習時のまま)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bfloat16 (half the size)</source>
        <translation>bfloat16(半分のサイズ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>float16 (half the size)</source>
        <translation>float16(半分のサイズ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The type the weights are stored in</source>
        <translation>重みを保存するデータ型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weights:</source>
        <translation>重み(&amp;W):</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open folder</source>
        <translation>フォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Export into</source>
        <translation>エクスポート先</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the folder to export into.</source>
        <translation>エクスポート先のフォルダーを選択してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists: the export writes a new folder. Choose another name.</source>
        <translation>%1 は既に存在します。エクスポートでは新しいフォルダーを書き出します。別の名前を選択してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a folder: the new folder is made inside an existing one.</source>
        <translation>%1 はフォルダーではありません。新しいフォルダーは既存のフォルダー内に作成されます。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Loading the configuration and its students…</source>
        <translation>構成とその生徒を読み込んでいます…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Writing the weights: %1 of %2 MB</source>
        <translation>重みを書き込んでいます: %1 / %2 MB</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exported “%1” (%2).</source>
        <translation>「%1」をエクスポートしました (%2)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled: nothing was written under the folder&apos;s name.</source>
        <translation>キャンセルしました: そのフォルダー名では何も書き込まれていません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the export; nothing is left under the folder&apos;s name</source>
        <translation>エクスポートを中止します。そのフォルダー名では何も残りません</translation>
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
        <location filename="../widgets/layermapview.cpp" line="+49"/>
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
        <location line="+19"/>
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
        <location line="+149"/>
        <source>no distillation runs yet</source>
        <translation>蒸留の実行はまだありません</translation>
    </message>
</context>
<context>
    <name>dtr::gui::LayerStrip</name>
    <message>
        <location filename="../widgets/layerstrip.cpp" line="+51"/>
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
        <location filename="../widgets/layertablemodel.cpp" line="+194"/>
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
        <location line="+20"/>
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
        <location filename="../widgets/mainwindow.cpp" line="+88"/>
        <location line="+458"/>
        <source>&amp;Layer Map</source>
        <translation>レイヤーマップ(&amp;L)</translation>
    </message>
    <message>
        <location line="-457"/>
        <location line="+461"/>
        <source>&amp;Distillation</source>
        <translation>蒸留(&amp;D)</translation>
    </message>
    <message>
        <location line="-460"/>
        <location line="+464"/>
        <source>&amp;Search</source>
        <translation>探索(&amp;S)</translation>
    </message>
    <message>
        <location line="-417"/>
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
        <location line="+66"/>
        <source>Open Project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Create project %1 (hashing the model)</source>
        <translation>プロジェクト %1 を作成(モデルのハッシュを計算中)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+459"/>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <location line="-457"/>
        <source>Open project %1</source>
        <translation>プロジェクト %1 を開く</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is open read-only: everything can be looked at, but distilling, searching and saving need write access to the file and its folder.</source>
        <translation>%1 は読み取り専用で開かれています。すべて閲覧できますが、蒸留・探索・保存にはファイルとそのフォルダーへの書き込み権限が必要です。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+469"/>
        <source>Could not open %1</source>
        <translation>%1 を開けませんでした</translation>
    </message>
    <message>
        <location line="-464"/>
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
        <location line="+107"/>
        <source>Could not store the layer constraints: %1</source>
        <translation>レイヤーの制約を保存できませんでした: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The language changes the next time DtR Workbench starts.</source>
        <translation>言語は DtR Workbench の次回起動時に変更されます。</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location line="+14"/>
        <source>&amp;Configurations</source>
        <translation>構成(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mparison</source>
        <translation>比較(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Orders</source>
        <translation>順序(&amp;O)</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+20"/>
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
        <location line="+7"/>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This process may not write the project file or its folder: everything can be looked at, but distilling, searching and saving need write access.</source>
        <translation>このプロセスはプロジェクト ファイルまたはそのフォルダーに書き込めません。すべて閲覧できますが、蒸留・探索・保存には書き込み権限が必要です。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+73"/>
        <source>Open Model Folder</source>
        <translation>モデルフォルダーを開く</translation>
    </message>
    <message>
        <location line="-52"/>
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
        <location line="+16"/>
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
        <location line="+46"/>
        <source>%1 [read-only]</source>
        <translation>%1 [読み取り専用]</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>dtr::gui::OrdersView</name>
    <message>
        <location filename="../widgets/ordersview.cpp" line="+59"/>
        <source>The order in which each search replaced the layers (the round that made a layer linear), and Kendall&apos;s τ between every two orders: 1 is the same order, 0 unrelated, −1 reversed.</source>
        <translation>各探索がレイヤーを置き換えた順序（レイヤーを線形にしたラウンド）と、2つの順序間のケンドールの τ：1 は同じ順序、0 は無関係、−1 は逆順。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Include &amp;baselines (random, importance, distillation loss)</source>
        <translation>ベースラインを含める(ランダム、重要度、蒸留損失)(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Order rows by:</source>
        <translation>行の並べ替え(&amp;O):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task, then mixer</source>
        <translation>タスク、次にミキサー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mixer, then task</source>
        <translation>ミキサー、次にタスク</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+132"/>
        <source>Search</source>
        <translation>探索</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>No search has an order yet. Run a greedy search in the Search view; searches on other tasks or with other mixers then line up here.</source>
        <translation>順序を持つ探索はまだありません。探索ビューで貪欲法の探索を実行してください。他のタスクや他のミキサーでの探索がここに並びます。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Replacement orders</source>
        <translation>置き換え順序</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rank correlation between orders</source>
        <translation>順序間の順位相関</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Could not read the orders: %1</source>
        <translation>順序を読み取れませんでした: %1</translation>
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
        <translation>順序</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Layers in the order they were replaced</source>
        <translation>置き換えられた順のレイヤー</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Layer %1 was not replaced</source>
        <translation>レイヤー %1 は置き換えられませんでした</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Layer %1 replaced in round %2 of %3</source>
        <translation>レイヤー %1 はラウンド %2 / %3 で置き換えられました</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>τ = %1 between %2 and %3</source>
        <translation>%2 と %3 の間の τ = %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>n/a</source>
        <translation>該当なし</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>mean τ %1 (%n pair(s))</source>
        <translation>
            <numerusform>平均 τ %1(%n ペア)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no pairs</source>
        <translation>ペアなし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Greedy orders on the same task with another mixer: %1. With the same mixer on another task: %2.</source>
        <translation>同じタスクで別のミキサーを使った貪欲法の順序: %1。同じミキサーで別のタスク: %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Orders depend more on the task than on the mixer here, as the paper reports.</source>
        <translation>ここでは、論文の報告どおり、順序はミキサーよりもタスクに大きく依存しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders do not depend more on the task than on the mixer here, unlike the paper&apos;s finding.</source>
        <translation>ここでは、論文の知見とは異なり、順序がミキサーよりもタスクに大きく依存してはいません。</translation>
    </message>
</context>
<context>
    <name>dtr::gui::ParetoPlot</name>
    <message>
        <location filename="../widgets/paretoplot.cpp" line="+92"/>
        <source>Double-click to reset the view</source>
        <translation>ダブルクリックで表示をリセット</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Decode speed (tokens/s)</source>
        <translation>デコード速度 (トークン/秒)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No benchmarked configuration to place.</source>
        <translation>配置できるベンチマーク済みの構成がありません。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Configuration</source>
        <translation>構成</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>95% interval</source>
        <translation>95% 区間</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pareto front (nothing both faster and higher)</source>
        <translation>パレートフロント(より速く、かつより高いものがない)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pareto front (nothing both faster and lower)</source>
        <translation>パレートフロント(より速く、かつより低いものがない)</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>%1: %2 tokens/s, score %3</source>
        <translation>%1: %2 トークン/秒、スコア %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (95% %1–%2)</source>
        <translation>(95% 区間 %1–%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the Pareto front</source>
        <translation>パレートフロント上</translation>
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
    <name>dtr::gui::ResultsViews</name>
    <message>
        <location filename="../widgets/resultsviews.cpp" line="+29"/>
        <source>&amp;Configurations</source>
        <translation>構成(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mparison</source>
        <translation>比較(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Orders</source>
        <translation>順序(&amp;O)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Configuration “%1”</source>
        <translation>構成「%1」</translation>
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
        <location filename="../widgets/searchview.cpp" line="+74"/>
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
        <location line="+14"/>
        <source>Searches</source>
        <translation>探索</translation>
    </message>
    <message>
        <location line="+49"/>
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
        <location line="+34"/>
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
        <location line="+58"/>
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
        <location line="+30"/>
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
    <name>dtr::gui::WhatIfPanel</name>
    <message>
        <location filename="../widgets/whatifpanel.cpp" line="+46"/>
        <source>What if, at a &amp;context of</source>
        <translation>もしコンテキスト長が(&amp;C)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tokens of context for the prediction (the KV cache grows with it)</source>
        <translation>予測に使うコンテキストのトークン数(KV キャッシュはこれに応じて増加します)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tokens:</source>
        <translation>トークンなら:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as Configuration…</source>
        <translation>構成として保存…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the map shown as a configuration of the project</source>
        <translation>表示中のマップをプロジェクトの構成として保存します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evaluate on Task</source>
        <translation>タスクで評価(&amp;E)</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>No prediction: %1</source>
        <translation>予測なし: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose a validation task in the Search view first</source>
        <translation>先に探索ビューで検証タスクを選択してください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the map as a configuration and evaluate it on %1</source>
        <translation>マップを構成として保存し、%1 で評価します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a project to see what a map would gain.</source>
        <translation>マップによる効果を確認するには、プロジェクトを開いてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Distil the model first: the prediction needs the students&apos; sizes.</source>
        <translation>先にモデルを蒸留してください。予測には生徒のサイズが必要です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measuring the layers…</source>
        <translation>レイヤーを測定しています…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n linear layer(s): decode %1× faster than full attention (predicted), cache %2 instead of %3.</source>
        <translation>
            <numerusform>線形レイヤー %n: デコードはフルアテンションより %1× 高速(予測)、キャッシュは %3 ではなく %2。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save as Configuration</source>
        <translation>構成として保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Name of the configuration:</source>
        <translation>構成の名前(&amp;N):</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the configuration %1</source>
        <translation>構成 %1 を保存</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Evaluate %1 on %2</source>
        <translation>%1 を %2 で評価</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+32"/>
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
        <source>The view to show first: layer-map, distillation, search, configurations, comparison or orders.</source>
        <translation>最初に表示するビュー: layer-map、distillation、search、configurations、comparison、orders のいずれか。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configurations of the project to compare side by side, separated by semicolons.</source>
        <translation>並べて比較するプロジェクトの構成（セミコロン区切り）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>dtr-workbench: unknown view %1 (layer-map, distillation, search, configurations, comparison, orders).</source>
        <translation>dtr-workbench: 不明なビュー %1 (layer-map、distillation、search、configurations、comparison、orders)。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>dtr-workbench: expected at most one model folder, got %1.</source>
        <translation>dtr-workbench: モデルフォルダーは最大 1 つですが、%1 個指定されました。</translation>
    </message>
</context>
</TS>
