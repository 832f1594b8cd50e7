<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Csv</name>
    <message>
        <location filename="../widgets/csv.cpp" line="+107"/>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation>从第 %1 行开始的带引号字段始终没有闭合。</translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <location filename="../widgets/plotexport.cpp" line="+47"/>
        <source>Could not save the plot to %1: %2</source>
        <translation>无法将图表保存到 %1：%2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file could not be written</source>
        <translation>无法写入该文件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the existing file could not be replaced</source>
        <translation>无法替换已有文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file could not be renamed into place</source>
        <translation>无法将文件重命名到目标位置</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Plot exported from DtR Workbench</source>
        <translation>由 DtR Workbench 导出的图表</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>there is no plot</source>
        <translation>没有图表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown file type “%1” (use .png, .pdf or .svg)</source>
        <translation>未知的文件类型“%1”（请使用 .png、.pdf 或 .svg）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>Save Plot</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the plot as a PNG, PDF or SVG file</source>
        <translation>将图表保存为 PNG、PDF 或 SVG 文件</translation>
    </message>
</context>
<context>
    <name>dtr::gui::CandidateMatrix</name>
    <message>
        <location filename="../widgets/candidatematrix.cpp" line="+36"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round</source>
        <translation>轮</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Click a cell to see that candidate on the layer map</source>
        <translation>单击某个单元格可在层图上查看该候选</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Round %1, layer %2: %3</source>
        <translation>第 %1 轮，第 %2 层：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (95% %1–%2)</source>
        <translation>（95% 区间 %1–%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, chosen</source>
        <translation>，已选中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The best and the runner-up of this round were within noise.</source>
        <translation>本轮最佳候选与次佳候选之间的差异在噪声范围内。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The candidates of each round appear here.</source>
        <translation>每轮的候选将显示在此处。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Score</source>
        <translation>得分</translation>
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
        <translation>某次搜索的 M_best（验证得分最高）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a search&apos;s M_opt (most linear layers within the tolerance)</source>
        <translation>某次搜索的 M_opt（容差范围内线性层最多）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a baseline&apos;s configuration</source>
        <translation>某个基线的配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the full-attention model</source>
        <translation>全注意力模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made by hand</source>
        <translation>手动创建</translation>
    </message>
    <message numerus="yes">
        <location line="+95"/>
        <source> at %Ln token(s) of context</source>
        <translation>
            <numerusform>（上下文为 %Ln 个 token 时）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer map</source>
        <translation>层图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear layers</source>
        <translation>线性层数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefill (tokens/s)</source>
        <translation>预填充 (token/秒)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode (ms/token)</source>
        <translation>解码 (ms/token)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode speed-up</source>
        <translation>解码加速比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache (MiB)</source>
        <translation>缓存 (MiB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak memory (MiB)</source>
        <translation>峰值内存 (MiB)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One cell per layer, layer 0 on the left: linear attention or full attention</source>
        <translation>每层一个单元格，第 0 层在最左侧：线性注意力或全注意力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score on the validation task, with its 95% interval</source>
        <translation>验证任务上的得分及其 95% 区间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score on the test task, with its 95% interval</source>
        <translation>测试任务上的得分及其 95% 区间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt tokens processed per second%1</source>
        <translation>每秒处理的提示 token 数%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median time to decode one token%1</source>
        <translation>解码一个 token 的中位时间%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The full-attention model&apos;s decode time over this one&apos;s%1 (shown where the full model is compared and benchmarked there too)</source>
        <translation>全注意力模型的解码时间与此配置解码时间之比%1（仅当完整模型也参与比较并在此完成基准测试时显示）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KV cache and recurrent state%1</source>
        <translation>KV 缓存和循环状态%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peak memory while benchmarking%1</source>
        <translation>基准测试期间的峰值内存%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 on %2, %n example(s)</source>
        <translation>
            <numerusform>%2 上的 %1，%n 个样例</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configuration %1: %2</source>
        <translation>配置 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>All %n layer(s) full attention</source>
        <translation>
            <numerusform>全部 %n 层均为全注意力</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear (%1): layers %2</source>
        <translation>线性（%1）：层 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measured on %1</source>
        <translation>在 %1 上测得</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not benchmarked at this context</source>
        <translation>未在此上下文长度下进行基准测试</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The layer map&apos;s colours</source>
        <translation>层图的配色</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Full attention</source>
        <translation>全注意力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear attention</source>
        <translation>线性注意力</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to compare yet.

Select configurations in the Configurations list and press Compare to see their scores, layer maps, speed and memory side by side.</source>
        <translation>尚无可比较的内容。

请在“配置”列表中选择配置，然后按“比较”，即可并排查看它们的得分、层图、速度和内存。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The benchmarked context length the speed and memory columns and the plot use</source>
        <translation>速度和内存列以及图表所使用的基准测试上下文长度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device whose benchmarks are shown</source>
        <translation>显示其基准测试结果的设备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the table as a CSV file (UTF-8, one row per configuration)</source>
        <translation>将表格保存为 CSV 文件（UTF-8，每个配置一行）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Context:</source>
        <translation>上下文(&amp;C)：</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>not benchmarked</source>
        <translation>未进行基准测试</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 tokens</source>
        <translation>%1 个 token</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>%n configuration(s), %1 benchmarked here</source>
        <translation>
            <numerusform>%n 个配置，其中 %1 个在此完成基准测试</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Test score (%1), %n linear layer(s)</source>
        <translation>
            <numerusform>测试得分（%1），%n 个线性层</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Validation score (%1; no test score), %n linear layer(s)</source>
        <translation>
            <numerusform>验证得分（%1；无测试得分），%n 个线性层</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not benchmarked at %1: %2</source>
        <translation>未在 %1 下进行基准测试：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not scored: %1</source>
        <translation>未评分：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The scores use different metrics (%1); the front follows the first one&apos;s direction.</source>
        <translation>这些得分使用了不同的指标（%1）；前沿按第一个指标的方向确定。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test score, else validation (%1)</source>
        <translation>测试得分，若无则为验证得分（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test score (%1)</source>
        <translation>测试得分（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validation score</source>
        <translation>验证得分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Validation score (%1)</source>
        <translation>验证得分（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, higher is better</source>
        <translation>，越高越好</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, lower is better</source>
        <translation>，越低越好</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode speed at %1 (tokens/s)</source>
        <translation>%1 时的解码速度 (token/秒)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Could not export the comparison to %1: %2</source>
        <translation>无法将比较结果导出到 %1：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+7"/>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>dtr::gui::ConfigurationsView</name>
    <message>
        <location filename="../widgets/configurationsmodel.cpp" line="+245"/>
        <source>Hand-made</source>
        <translation>手动创建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full model</source>
        <translation>完整模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>M_best of search %1: the highest validation score seen</source>
        <translation>搜索 %1 的 M_best：所见的最高验证得分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M_opt of search %1: the most linear layers above P_min</source>
        <translation>搜索 %1 的 M_opt：在高于 P_min 的前提下线性层最多</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %1 baseline of search %2 at %n linear layer(s)</source>
        <translation>
            <numerusform>搜索 %2 的%1基线，%n 个线性层</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model as it is: every layer full attention</source>
        <translation>原始模型：所有层均为全注意力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved from the layer map</source>
        <translation>从层图保存</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not scored on a %1 task yet</source>
        <translation>尚未在 %1 任务上评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2: %3</source>
        <translation>%2 上的 %1：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>95% interval [%1, %2]</source>
        <translation>95% 区间 [%1, %2]</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n 个样例</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/configurationsview.cpp" line="+76"/>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename the configuration (F2)</source>
        <translation>重命名配置 (F2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected configurations, with their evaluations and benchmarks (Del)</source>
        <translation>删除所选配置及其评估和基准测试结果 (Del)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Evaluate on a task…</source>
        <translation>在任务上评估(&amp;E)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score the selected configurations on a JSONL task file</source>
        <translation>在 JSONL 任务文件上为所选配置打分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Benchmark…</source>
        <translation>基准测试(&amp;B)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measure the speed and memory of the selected configurations</source>
        <translation>测量所选配置的速度和内存占用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the configuration as a Hugging Face folder</source>
        <translation>将配置写出为 Hugging Face 文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compare the selected configurations side by side</source>
        <translation>并排比较所选配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;layer map</source>
        <translation>在层图中显示(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the configuration&apos;s layers on the layer map</source>
        <translation>在层图上显示该配置的各层</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Group the list</source>
        <translation>对列表分组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mixer</source>
        <translation>混合器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group by:</source>
        <translation>分组依据(&amp;G)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter by name, task, mixer or strategy</source>
        <translation>按名称、任务、混合器或策略筛选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the configurations of one task</source>
        <translation>仅显示某一任务的配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the configurations of one mixer</source>
        <translation>仅显示某一混合器的配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the configurations of one strategy</source>
        <translation>仅显示某一策略的配置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Task:</source>
        <translation>任务(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mixer:</source>
        <translation>混合器(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Strategy:</source>
        <translation>策略(&amp;S)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linear layers</source>
        <translation>线性层数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mixer</source>
        <translation>混合器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Benchmarked</source>
        <translation>基准测试</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many layers are linear attention, and where</source>
        <translation>有多少层是线性注意力，以及位于何处</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The validation score with half its 95% interval</source>
        <translation>验证得分及其 95% 区间的半宽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test score with half its 95% interval</source>
        <translation>测试得分及其 95% 区间的半宽</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The measured decode latency per token at the largest context benchmarked</source>
        <translation>在已测试的最大上下文长度下测得的每 token 解码延迟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest export&apos;s folder</source>
        <translation>最近一次导出的文件夹</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Could not read the configurations: %1</source>
        <translation>无法读取配置：%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <location filename="../widgets/configurationsmodel.cpp" line="+162"/>
        <source>No task</source>
        <translation>无任务</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search %1</source>
        <translation>搜索 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No search</source>
        <translation>无搜索</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No linear layer: every layer is full attention</source>
        <translation>无线性层：所有层均为全注意力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear layers (%1): %2</source>
        <translation>线性层（%1）：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Students of distillation run %1</source>
        <translation>蒸馏运行 %1 的学生模块</translation>
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
        <translation>%2 上 %1 个 token：每个解码 token %3 ms</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <location line="-100"/>
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/configurationsview.cpp" line="+69"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open a project to see its configurations.</source>
        <translation>打开一个项目以查看其配置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No configurations yet.
Run a search or save the layer map as a configuration.</source>
        <translation>尚无配置。
请运行一次搜索，或将层图保存为配置。</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: done.</source>
        <translation>%1：已完成。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A configuration needs a name; “%1” keeps its own.</source>
        <translation>配置需要一个名称；“%1”保留其原名称。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renaming “%1”…</source>
        <translation>正在重命名“%1”…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renamed “%1” to “%2”.</source>
        <translation>已将“%1”重命名为“%2”。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Evaluate %1 on %2</source>
        <translation>在 %2 上评估 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Benchmark %1</source>
        <translation>基准测试 %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Delete the configuration “%1”?</source>
        <translation>要删除配置“%1”吗？</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete these %n configurations?</source>
        <translation>
            <numerusform>要删除这 %n 个配置吗？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete configurations</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their evaluations, benchmarks and export records go with them; exported folders stay on disk.</source>
        <translation>它们的评估、基准测试和导出记录将一并删除；已导出的文件夹会保留在磁盘上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Evaluate on a task</source>
        <translation>在任务上评估</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task files (*.jsonl);;All files (*)</source>
        <translation>任务文件 (*.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Benchmark</source>
        <translation>基准测试</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Measure prefill throughput, decode latency and memory of %n configuration(s), each next to the full model.</source>
        <translation>
            <numerusform>测量 %n 个配置的预填充吞吐量、解码延迟和内存占用，每个配置都与完整模型对照。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Context lengths in tokens, separated by commas</source>
        <translation>以 token 计的上下文长度，以逗号分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contexts:</source>
        <translation>上下文(&amp;C)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Benchmark</source>
        <translation>基准测试(&amp;B)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give one or more context lengths, e.g. 512, 2048, 8192.</source>
        <translation>请给出一个或多个上下文长度，例如 512, 2048, 8192。</translation>
    </message>
</context>
<context>
    <name>dtr::gui::DisplayNames</name>
    <message>
        <location filename="../widgets/displaynames.cpp" line="+10"/>
        <source>Full attention</source>
        <translation>全注意力</translation>
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
        <translation>线性</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>full attention</source>
        <translation>全注意力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gated linear attention</source>
        <translation>门控线性注意力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gated DeltaNet</source>
        <translation>Gated DeltaNet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>linear attention</source>
        <translation>线性注意力</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attn</source>
        <comment>full attention, short</comment>
        <translation>全注意力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear</source>
        <comment>linear attention, short</comment>
        <translation>线性</translation>
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
        <translation>贪心</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uniform</source>
        <translation>均匀</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distillation loss</source>
        <translation>蒸馏损失</translation>
    </message>
</context>
<context>
    <name>dtr::gui::DistillView</name>
    <message>
        <location filename="../widgets/distillview.cpp" line="+83"/>
        <source>New distillation run</source>
        <translation>新建蒸馏运行</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Text or JSONL files whose text the students learn to imitate the teacher on</source>
        <translation>文本或 JSONL 文件，学生模块在其中的文本上学习模仿教师模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Peak learning rate of AdamW, e.g. 0.001 or 1e-3</source>
        <translation>AdamW 的峰值学习率，例如 0.001 或 1e-3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every layer</source>
        <translation>所有层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers to distil, e.g. 0-3,5. Filled in from the layer map (every layer not forbidden) until you type your own list.</source>
        <translation>要蒸馏的层，例如 0-3,5。在你自行输入列表之前，将根据层图自动填写（所有未禁止替换的层）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From layer map</source>
        <translation>取自层图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the layers the layer map does not forbid</source>
        <translation>使用层图中未禁止替换的层</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Transfer from attention</source>
        <translation>从注意力迁移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer starts each student from the teacher layer&apos;s attention weights</source>
        <translation>“从注意力迁移”以教师层的注意力权重初始化每个学生模块</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all cores</source>
        <translation>全部核心</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mixer:</source>
        <translation>混合器(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Calibration files:</source>
        <translation>校准文件(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Steps:</source>
        <translation>步数(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;quence length:</source>
        <translation>序列长度(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Batch size:</source>
        <translation>批大小(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Learning rate:</source>
        <translation>学习率(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ayers:</source>
        <translation>层(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Initialisation:</source>
        <translation>初始化(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;eed:</source>
        <translation>随机种子(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Threads:</source>
        <translation>线程数(&amp;T)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue the selected stopped run from its last checkpoint</source>
        <translation>从上一个检查点继续所选的已停止运行</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mixer</source>
        <translation>混合器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tokens/s</source>
        <translation>token/秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Tokens per training window (at most the model&apos;s context, %1)</source>
        <translation>每个训练窗口的 token 数（不超过模型的上下文长度 %1）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open or create a project to distil its model.</source>
        <translation>打开或创建一个项目以蒸馏其模型。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Open a project first.</source>
        <translation>请先打开一个项目。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a mixer.</source>
        <translation>请选择一个混合器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one calibration file (text or JSONL).</source>
        <translation>请至少添加一个校准文件（文本或 JSONL）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a readable file.</source>
        <translation>%1 不是可读取的文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give a positive number, e.g. 0.001 or 1e-3.</source>
        <translation>请输入一个正数，例如 0.001 或 1e-3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is far too large for AdamW; use at most 1.</source>
        <translation>%1 对 AdamW 而言过大；最大请使用 1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No layers: leave it empty for every layer.</source>
        <translation>未指定任何层：如需所有层，请留空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use layer numbers from 0 to %1 and ranges, e.g. 0-3,5.</source>
        <translation>请使用 0 到 %1 之间的层号和范围，例如 0-3,5。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>all layers</source>
        <translation>所有层</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distil %1 with %2</source>
        <translation>用 %2 蒸馏 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resume distillation run %1</source>
        <translation>继续蒸馏运行 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Resuming run %1…</source>
        <translation>正在继续运行 %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starting: loading the teacher and the data…</source>
        <translation>正在启动：加载教师模型和数据…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Run %1: step %2 of %3</source>
        <translation>运行 %1：第 %2 步，共 %3 步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 tokens/s</source>
        <translation>%1 token/秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparing: %1</source>
        <translation>准备中：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run %1 completed.</source>
        <translation>运行 %1 已完成。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run %1 stopped; Resume continues it from its last checkpoint.</source>
        <translation>运行 %1 已停止；“继续”会从其上一个检查点接着运行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped before the run was stored.</source>
        <translation>在运行保存之前已停止。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not read run %1: %2</source>
        <translation>无法读取运行 %1：%2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Add Calibration Files</source>
        <translation>添加校准文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text and JSONL files (*.txt *.jsonl *.json);;All files (*)</source>
        <translation>文本和 JSONL 文件 (*.txt *.jsonl *.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>dtr::gui::ExportDialog</name>
    <message>
        <location filename="../widgets/exportdialog.cpp" line="+42"/>
        <source>Export a configuration</source>
        <translation>导出配置</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Configuration:</source>
        <translation>配置：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a new folder: the export creates it</source>
        <translation>一个新文件夹：导出时会创建它</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder to write (config.json, weights, tokenizer, model card); it must not exist yet</source>
        <translation>要写入的文件夹（config.json、权重、分词器、模型卡片）；该文件夹必须尚不存在</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder to export into; a new folder named after the configuration is made in it</source>
        <translation>选择要导出到的文件夹；将在其中创建一个以配置命名的新文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>float32 (as trained)</source>
        <translation>float32（训练时的精度）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bfloat16 (half the size)</source>
        <translation>bfloat16（大小减半）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>float16 (half the size)</source>
        <translation>float16（大小减半）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The type the weights are stored in</source>
        <translation>权重的存储类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weights:</source>
        <translation>权重(&amp;W)：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Export into</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the folder to export into.</source>
        <translation>请选择要导出到的文件夹。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists: the export writes a new folder. Choose another name.</source>
        <translation>%1 已存在：导出会写入一个新文件夹。请选择其他名称。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a folder: the new folder is made inside an existing one.</source>
        <translation>%1 不是文件夹：新文件夹需创建在已有文件夹中。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Loading the configuration and its students…</source>
        <translation>正在加载配置及其学生模块…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Writing the weights: %1 of %2 MB</source>
        <translation>正在写入权重：%1 / %2 MB</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exported “%1” (%2).</source>
        <translation>已导出“%1”（%2）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled: nothing was written under the folder&apos;s name.</source>
        <translation>已取消：未在该文件夹名下写入任何内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the export; nothing is left under the folder&apos;s name</source>
        <translation>停止导出；该文件夹名下不会留下任何内容</translation>
    </message>
</context>
<context>
    <name>dtr::gui::HeldoutBars</name>
    <message>
        <location filename="../widgets/lossbars.cpp" line="+59"/>
        <source>Initial</source>
        <translation>初始</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Final</source>
        <translation>最终</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held-out loss (MSE)</source>
        <translation>留出集损失 (MSE)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No held-out losses yet</source>
        <translation>尚无留出集损失</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all layers again (or double-click the plot)</source>
        <translation>重新显示所有层（或双击图表）</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Layer %1: initial %2, final %3 (%4× lower)</source>
        <translation>第 %1 层：初始 %2，最终 %3（降至 1/%4）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layer %1: initial %2, final %3 (%4× higher)</source>
        <translation>第 %1 层：初始 %2，最终 %3（升至 %4 倍）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer %1: initial %2, final %3</source>
        <translation>第 %1 层：初始 %2，最终 %3</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Point at a layer to compare its held-out loss before and after distillation.</source>
        <translation>将鼠标指向某一层，可比较其蒸馏前后的留出集损失。</translation>
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
        <translation>%1 步/秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 candidates/s</source>
        <translation>%1 个候选/秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 batches/s</source>
        <translation>%1 批/秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2/s</source>
        <translation>%1 %2/秒</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ETA</source>
        <translation>预计剩余时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+108"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel this job (what it stored so far is kept)</source>
        <translation>取消此任务（已保存的内容会保留）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>done in %1</source>
        <translation>已完成，用时 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled (can be resumed)</source>
        <translation>已取消（可继续）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
</context>
<context>
    <name>dtr::gui::LayerMapView</name>
    <message>
        <location filename="../widgets/layermapview.cpp" line="+49"/>
        <source>%1 layer %2</source>
        <translation>将第 %2 层%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pin</source>
        <translation>固定为线性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forbid</source>
        <translation>设为禁止替换</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free</source>
        <translation>设为自由</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Run %1 · %2 · %3, %n step(s)</source>
        <translation>
            <numerusform>运行 %1 · %2 · %3，%n 步</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create or open a project (File ▸ New Project… / Open Project…), or open a model folder, to see its layers.</source>
        <translation>创建或打开一个项目（文件 ▸ 新建项目… / 打开项目…），或打开一个模型文件夹，以查看其各层。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MLP</source>
        <translation>MLP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The distillation run whose final held-out losses colour the layers</source>
        <translation>用其最终留出集损失为各层着色的蒸馏运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held-out losses of:</source>
        <translation>留出集损失来源：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Back to the Constraints</source>
        <translation>返回约束</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the layer map&apos;s pins and forbidden layers again</source>
        <translation>重新显示层图中固定为线性和禁止替换的层</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>no distillation runs yet</source>
        <translation>尚无蒸馏运行</translation>
    </message>
</context>
<context>
    <name>dtr::gui::LayerStrip</name>
    <message>
        <location filename="../widgets/layerstrip.cpp" line="+51"/>
        <source>Layer map</source>
        <translation>层图</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>pinned</source>
        <translation>固定为线性</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>forbidden</source>
        <translation>禁止替换</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Final held-out loss, run %1 (log scale):</source>
        <translation>最终留出集损失，运行 %1（对数刻度）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final held-out loss: select a distillation run</source>
        <translation>最终留出集损失：请选择一个蒸馏运行</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not distilled</source>
        <translation>未蒸馏</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>pinned: linear from the start</source>
        <translation>固定为线性：从一开始即为线性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forbidden: stays full attention</source>
        <translation>禁止替换：保持全注意力</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a layer to cycle free → pinned → forbidden; right-click for the menu; keys P, F, Delete, Space and the arrows.</source>
        <translation>单击某层可在 自由 → 固定为线性 → 禁止替换 之间循环切换；右键单击打开菜单；也可使用 P、F、Delete、空格键和方向键。</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free (the search decides)</source>
        <translation>自由（由搜索决定）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin as linear</source>
        <translation>固定为线性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forbid (keep full attention)</source>
        <translation>禁止替换（保持全注意力）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Layer %1&lt;/b&gt;: %2, %3</source>
        <translation>&lt;b&gt;第 %1 层&lt;/b&gt;：%2，%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Held-out loss (run %1): %2 → %3</source>
        <translation>留出集损失（运行 %1）：%2 → %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(%1× lower)</source>
        <translation>（降至 1/%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not distilled in run %1</source>
        <translation>未在运行 %1 中蒸馏</translation>
    </message>
</context>
<context>
    <name>dtr::gui::LayerTableModel</name>
    <message>
        <location filename="../widgets/layertablemodel.cpp" line="+194"/>
        <source>none</source>
        <comment>sliding window</comment>
        <translation>无</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Held-out loss of run %1: %2 at the start, %3 at the end</source>
        <translation>运行 %1 的留出集损失：开始时 %2，结束时 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attention %1 + MLP %2 + norms %3</source>
        <translation>注意力 %1 + MLP %2 + 归一化 %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mixer</source>
        <translation>混合器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Constraint</source>
        <translation>约束</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held-out loss</source>
        <translation>留出集损失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sliding window</source>
        <translation>滑动窗口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attention params</source>
        <translation>注意力参数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MLP params</source>
        <translation>MLP 参数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total params</source>
        <translation>总参数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token mixer of the layer (a pinned layer shows the linear mixer it becomes)</source>
        <translation>该层的 token 混合器（固定为线性的层显示其将变成的线性混合器）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free: the search decides; pinned: linear from the start; forbidden: stays full attention</source>
        <translation>自由：由搜索决定；固定为线性：从一开始即为线性；禁止替换：保持全注意力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final held-out distillation loss (MSE) of the selected run</source>
        <translation>所选运行的最终留出集蒸馏损失 (MSE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attention window in tokens; none means full causal attention</source>
        <translation>以 token 计的注意力窗口；“无”表示完整的因果注意力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attention, MLP and norm parameters of the layer</source>
        <translation>该层的注意力、MLP 和归一化参数</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>pinned linear</source>
        <translation>固定为线性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forbidden</source>
        <translation>禁止替换</translation>
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
        <translation>步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss (MSE)</source>
        <translation>损失 (MSE)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Distillation loss per layer</source>
        <translation>各层蒸馏损失</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held-out</source>
        <translation>留出集</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No losses yet</source>
        <translation>尚无损失数据</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the axes to the data again (or double-click the plot)</source>
        <translation>重新使坐标轴适应数据（或双击图表）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Layers to show</source>
        <translation>要显示的层</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <location line="+8"/>
        <location line="+273"/>
        <source>Layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <location line="-340"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show all layers</source>
        <translation>显示所有层</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide all layers</source>
        <translation>隐藏所有层</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Layer %1 (held-out)</source>
        <translation>第 %1 层（留出集）</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>Point at a curve to read its loss; wheel zooms, drag pans.</source>
        <translation>将鼠标指向曲线可读取其损失；滚轮缩放，拖动平移。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>held-out</source>
        <translation>留出集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer %1 · step %2 · %3 loss %4</source>
        <translation>第 %1 层 · 第 %2 步 · %3损失 %4</translation>
    </message>
</context>
<context>
    <name>dtr::gui::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="+88"/>
        <location line="+458"/>
        <source>&amp;Layer Map</source>
        <translation>层图(&amp;L)</translation>
    </message>
    <message>
        <location line="-457"/>
        <location line="+461"/>
        <source>&amp;Distillation</source>
        <translation>蒸馏(&amp;D)</translation>
    </message>
    <message>
        <location line="-460"/>
        <location line="+464"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location line="-417"/>
        <source>Quit DtR Workbench</source>
        <translation>退出 DtR Workbench</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n job(s) still running. Cancel and quit? What they stored so far is kept, and distillations and searches can be resumed.</source>
        <translation>
            <numerusform>仍有 %n 个任务正在运行。要取消并退出吗？已保存的内容会保留，蒸馏和搜索之后可以继续。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for the running jobs to stop…</source>
        <translation>正在等待运行中的任务停止…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Clear Menu</source>
        <translation>清除菜单</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New Project: Choose the Model Folder</source>
        <translation>新建项目：选择模型文件夹</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New Project: Save As</source>
        <translation>新建项目：另存为</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>DtR projects (*.dtr)</source>
        <translation>DtR 项目 (*.dtr)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+66"/>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Create project %1 (hashing the model)</source>
        <translation>创建项目 %1（正在计算模型哈希）</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+459"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location line="-457"/>
        <source>Open project %1</source>
        <translation>打开项目 %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is open read-only: everything can be looked at, but distilling, searching and saving need write access to the file and its folder.</source>
        <translation>%1 以只读方式打开：可以查看所有内容，但蒸馏、搜索和保存需要对该文件及其文件夹的写入权限。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+469"/>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location line="-464"/>
        <source>Could not open the project “%1”. The file was not changed.</source>
        <translation>无法打开项目“%1”。文件未被更改。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The project&apos;s model is not where it was: %1</source>
        <translation>项目的模型已不在原来的位置：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model Not Found</source>
        <translation>找不到模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model of “%1” is not usable: %2.</source>
        <translation>“%1”的模型不可用：%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was at %1. If you moved it, point the project at its new folder; the content is checked against the project&apos;s hash.</source>
        <translation>它原先位于 %1。如果你移动了它，请将项目指向其新文件夹；其内容会与项目中记录的哈希进行核对。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Relocate…</source>
        <translation>重新定位(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relocate: Choose the Model&apos;s New Folder</source>
        <translation>重新定位：选择模型的新文件夹</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Relocate the model of %1 (checking its content)</source>
        <translation>重新定位 %1 的模型（正在检查其内容）</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Could not store the layer constraints: %1</source>
        <translation>无法保存层约束：%1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The language changes the next time DtR Workbench starts.</source>
        <translation>语言将在下次启动 DtR Workbench 时更改。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create a project (.dtr) for a model folder</source>
        <translation>为模型文件夹创建项目 (.dtr)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a DtR project file (.dtr)</source>
        <translation>打开 DtR 项目文件 (.dtr)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open &amp;Model Folder…</source>
        <translation>打开模型文件夹(&amp;M)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a Hugging Face model folder (config.json and safetensors weights)</source>
        <translation>打开 Hugging Face 模型文件夹（config.json 和 safetensors 权重）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Configurations</source>
        <translation>配置(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mparison</source>
        <translation>比较(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Orders</source>
        <translation>顺序(&amp;O)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About DtR Workbench</source>
        <translation>关于 DtR Workbench(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>R&amp;uns</source>
        <translation>运行记录(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Model Information</source>
        <translation>模型信息(&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Jobs</source>
        <translation>任务(&amp;J)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This process may not write the project file or its folder: everything can be looked at, but distilling, searching and saving need write access.</source>
        <translation>此进程无法写入项目文件或其文件夹：可以查看所有内容，但蒸馏、搜索和保存需要写入权限。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+73"/>
        <source>Open Model Folder</source>
        <translation>打开模型文件夹</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>No model folder given.</source>
        <translation>未指定模型文件夹。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read model %1</source>
        <translation>读取模型 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1 · %2 · %n layer(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n 层</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened %1 (%2 parameters)</source>
        <translation>已打开 %1（%2 个参数）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not open the model folder “%1”.</source>
        <translation>无法打开模型文件夹“%1”。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 [read-only]</source>
        <translation>%1 [只读]</translation>
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
        <translation>关于 DtR Workbench</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;DtR Workbench %1&lt;/h3&gt;&lt;p&gt;Turns a pretrained full-attention Transformer into a task-specific hybrid of full and linear attention layers with the Distill-then-Replace method, and lets you explore, compare and export the result.&lt;/p&gt;&lt;p&gt;Qt %2 · LibTorch %3 · SQLite %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DtR Workbench %1&lt;/h3&gt;&lt;p&gt;使用 Distill-then-Replace（先蒸馏后替换）方法，将预训练的全注意力 Transformer 转换为面向特定任务、由全注意力层和线性注意力层组成的混合模型，并可对结果进行探索、比较和导出。&lt;/p&gt;&lt;p&gt;Qt %2 · LibTorch %3 · SQLite %4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>dtr::gui::ModelInfoPanel</name>
    <message>
        <location filename="../widgets/modelinfopanel.cpp" line="+58"/>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model type:</source>
        <translation>模型类型：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Architecture:</source>
        <translation>架构：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers:</source>
        <translation>层数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden size:</source>
        <translation>隐藏层大小：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MLP size:</source>
        <translation>MLP 大小：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attention heads:</source>
        <translation>注意力头数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KV heads:</source>
        <translation>KV 头数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head dim:</source>
        <translation>头维度：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vocabulary:</source>
        <translation>词表大小：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max positions:</source>
        <translation>最大位置数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RoPE theta:</source>
        <translation>RoPE theta：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RoPE scaling:</source>
        <translation>RoPE 缩放：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sliding window:</source>
        <translation>滑动窗口：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dtype:</source>
        <translation>数据类型：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters:</source>
        <translation>参数量：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights:</source>
        <translation>权重：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokenizer:</source>
        <translation>分词器：</translation>
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
        <translation>%1（每个 KV 头对应 %2 个查询头）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>none</source>
        <comment>RoPE scaling</comment>
        <translation>无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>llama3, factor %1 (low %2, high %3, original %4)</source>
        <translation>llama3，因子 %1（低频 %2，高频 %3，原始 %4）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, factor %2</source>
        <translation>%1，因子 %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>none</source>
        <comment>sliding window</comment>
        <translation>无</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 tokens on every layer</source>
        <translation>所有层均为 %1 个 token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 tokens on %2 of %3 layers</source>
        <translation>%3 层中的 %2 层为 %1 个 token</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mixed, on %1 of %2 layers</source>
        <translation>混合，用于 %2 层中的 %1 层</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (stored as %2)</source>
        <translation>%1（存储为 %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Embedding %1, LM head %2</source>
        <translation>嵌入层 %1，LM 头 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tied to the embedding</source>
        <translation>与嵌入层共享</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n 个文件，%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>present (tokenizer.json)</source>
        <translation>存在 (tokenizer.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
</context>
<context>
    <name>dtr::gui::OrdersView</name>
    <message>
        <location filename="../widgets/ordersview.cpp" line="+59"/>
        <source>The order in which each search replaced the layers (the round that made a layer linear), and Kendall&apos;s τ between every two orders: 1 is the same order, 0 unrelated, −1 reversed.</source>
        <translation>每次搜索替换各层的顺序（使某层变为线性的轮次），以及任意两个顺序之间的 Kendall τ：1 表示顺序相同，0 表示无关，−1 表示相反。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Include &amp;baselines (random, importance, distillation loss)</source>
        <translation>包括基线（随机、重要性、蒸馏损失）(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Order rows by:</source>
        <translation>行排序依据(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task, then mixer</source>
        <translation>先按任务，再按混合器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mixer, then task</source>
        <translation>先按混合器，再按任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+132"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>No search has an order yet. Run a greedy search in the Search view; searches on other tasks or with other mixers then line up here.</source>
        <translation>尚无任何搜索产生顺序。请在“搜索”视图中运行一次贪心搜索；之后，在其他任务上或使用其他混合器进行的搜索会在此处排列对照。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Replacement orders</source>
        <translation>替换顺序</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rank correlation between orders</source>
        <translation>顺序之间的秩相关</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Could not read the orders: %1</source>
        <translation>无法读取顺序：%1</translation>
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
        <translation>顺序</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Layers in the order they were replaced</source>
        <translation>按替换先后排列的各层</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Layer %1 was not replaced</source>
        <translation>第 %1 层未被替换</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Layer %1 replaced in round %2 of %3</source>
        <translation>第 %1 层在第 %2 轮（共 %3 轮）被替换</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>τ = %1 between %2 and %3</source>
        <translation>%2 与 %3 之间 τ = %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>mean τ %1 (%n pair(s))</source>
        <translation>
            <numerusform>平均 τ %1（%n 对）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no pairs</source>
        <translation>无配对</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Greedy orders on the same task with another mixer: %1. With the same mixer on another task: %2.</source>
        <translation>同一任务、不同混合器下的贪心顺序：%1。同一混合器、不同任务下：%2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Orders depend more on the task than on the mixer here, as the paper reports.</source>
        <translation>此处顺序对任务的依赖强于对混合器的依赖，与论文报告一致。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders do not depend more on the task than on the mixer here, unlike the paper&apos;s finding.</source>
        <translation>此处顺序对任务的依赖并不强于对混合器的依赖，与论文的结论不同。</translation>
    </message>
</context>
<context>
    <name>dtr::gui::ParetoPlot</name>
    <message>
        <location filename="../widgets/paretoplot.cpp" line="+92"/>
        <source>Double-click to reset the view</source>
        <translation>双击以重置视图</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Decode speed (tokens/s)</source>
        <translation>解码速度 (token/秒)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No benchmarked configuration to place.</source>
        <translation>没有可放置的已完成基准测试的配置。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>95% interval</source>
        <translation>95% 区间</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pareto front (nothing both faster and higher)</source>
        <translation>帕累托前沿（没有配置同时更快且得分更高）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pareto front (nothing both faster and lower)</source>
        <translation>帕累托前沿（没有配置同时更快且得分更低）</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>%1: %2 tokens/s, score %3</source>
        <translation>%1：%2 token/秒，得分 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (95% %1–%2)</source>
        <translation>（95% 区间 %1–%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the Pareto front</source>
        <translation>位于帕累托前沿上</translation>
    </message>
</context>
<context>
    <name>dtr::gui::PreferencesDialog</name>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="+19"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System default (%1)</source>
        <translation>系统默认（%1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The language changes the next time DtR Workbench starts.</source>
        <translation>语言将在下次启动 DtR Workbench 时更改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>dtr::gui::ResultsViews</name>
    <message>
        <location filename="../widgets/resultsviews.cpp" line="+29"/>
        <source>&amp;Configurations</source>
        <translation>配置(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mparison</source>
        <translation>比较(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Orders</source>
        <translation>顺序(&amp;O)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Configuration “%1”</source>
        <translation>配置“%1”</translation>
    </message>
</context>
<context>
    <name>dtr::gui::RunsView</name>
    <message>
        <location filename="../widgets/runsview.cpp" line="+32"/>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Distillation runs</source>
        <translation>蒸馏运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searches</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run %1 · %2</source>
        <translation>运行 %1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 steps · layers %2</source>
        <translation>%1 步 · 层 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search %1 · %2</source>
        <translation>搜索 %1 · %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 · %n round(s)</source>
        <translation>
            <numerusform>%1 · %n 轮</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtr::gui::SearchView</name>
    <message>
        <location filename="../widgets/searchview.cpp" line="+74"/>
        <source>multiple choice</source>
        <translation>多项选择</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language modelling</source>
        <translation>语言建模</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generation</source>
        <translation>生成</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (search %2)</source>
        <translation>%1（搜索 %2）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New search</source>
        <translation>新建搜索</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>optional: scores what the search finds</source>
        <translation>可选：用于评估搜索找到的结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a JSONL task file</source>
        <translation>JSONL 任务文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>How a configuration is scored on the task; the task&apos;s kind decides which apply</source>
        <translation>在任务上为配置打分的方式；适用的指标取决于任务类型</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How much worse than the full model a hybrid may score (P_min = P_full × (1 − tolerance))</source>
        <translation>混合模型的得分最多可比完整模型低多少（P_min = P_full × (1 − 容差)）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace, one at a time, the layer whose replacement hurts the task least</source>
        <translation>每次替换一层，即替换后对任务损害最小的那一层</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Greedy is the method; the others are placement baselines to compare it with</source>
        <translation>贪心为本方法；其余为用于对比的放置基线</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The distillation run whose students replace the layers</source>
        <translation>用其学生模块替换各层的蒸馏运行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit them on the layer map: pinned layers start linear, forbidden ones stay attention</source>
        <translation>请在层图上编辑：固定为线性的层从一开始即为线性，禁止替换的层保持注意力</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after this many linear layers (pinned ones included)</source>
        <translation>线性层达到此数量后停止（包括固定为线性的层）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trace the whole trajectory past P_min</source>
        <translation>越过 P_min 继续追踪完整轨迹</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seeds the random baseline and the bootstrap intervals</source>
        <translation>随机基线和自助法区间的随机种子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Validation task:</source>
        <translation>验证任务(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;est task:</source>
        <translation>测试任务(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Metric:</source>
        <translation>指标(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tolerance:</source>
        <translation>容差(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;rategy:</source>
        <translation>策略(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;udents:</source>
        <translation>学生模块(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constraints:</source>
        <translation>约束：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ma&amp;x. linear layers:</source>
        <translation>最大线性层数(&amp;X)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;eed:</source>
        <translation>随机种子(&amp;E)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue the selected stopped search at the round it was in</source>
        <translation>从所选已停止搜索所处的轮次继续该搜索</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rounds</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Searches</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open or create a project, and distil its layers, to search for a hybrid.</source>
        <translation>打开或创建一个项目并蒸馏其各层，以搜索混合模型。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Run %1 · %2 · layers %3</source>
        <translation>运行 %1 · %2 · 层 %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no completed distillation run yet</source>
        <translation>尚无已完成的蒸馏运行</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pinned %1 · forbidden %2 (from the layer map)</source>
        <translation>固定为线性 %1 · 禁止替换 %2（来自层图）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a Task File</source>
        <translation>选择任务文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task files (*.jsonl);;All files (*)</source>
        <translation>任务文件 (*.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“%1” → %2 (answer %3)</source>
        <translation>“%1” → %2（答案 %3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” → “%2”</source>
        <translation>“%1” → “%2”</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 · %n example(s) · metrics: %2</source>
        <translation>
            <numerusform>%1 · %n 个样例 · 指标：%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the task&apos;s default</source>
        <translation>任务的默认值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default (%1)</source>
        <translation>默认（%1）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open a project first.</source>
        <translation>请先打开一个项目。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the validation task the search scores configurations on.</source>
        <translation>请选择搜索用于为配置打分的验证任务。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+5"/>
        <source>%1 could not be read as a task.</source>
        <translation>无法将 %1 读取为任务。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test task is %1 but the validation task is %2; use tasks of one kind.</source>
        <translation>测试任务为 %1，而验证任务为 %2；请使用同一类型的任务。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distil the layers first (the Distillation view): the search needs their students.</source>
        <translation>请先蒸馏各层（“蒸馏”视图）：搜索需要它们的学生模块。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>At least the %n pinned layer(s).</source>
        <translation>
            <numerusform>不能少于 %n 个固定为线性的层。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Search (%1) on %2</source>
        <translation>在 %2 上搜索（%1）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Resume search %1</source>
        <translation>继续搜索 %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Resuming search %1…</source>
        <translation>正在继续搜索 %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting: loading the model, the students and the tasks…</source>
        <translation>正在启动：加载模型、学生模块和任务…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Search %1, %2: candidate %3 of %4</source>
        <translation>搜索 %1，%2：第 %3 个候选，共 %4 个</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Search %1 completed: M_best has %2 linear layer(s), M_opt %3.</source>
        <translation>搜索 %1 已完成：M_best 有 %2 个线性层，M_opt 有 %3 个。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search %1 stopped; Resume continues it at the round it was in.</source>
        <translation>搜索 %1 已停止；“继续”会从其所处的轮次接着运行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped before the search was stored.</source>
        <translation>在搜索保存之前已停止。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not read search %1: %2</source>
        <translation>无法读取搜索 %1：%2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Search %1, round %2: layer %3 replaced, %4 linear layer(s), score %5</source>
        <translation>搜索 %1，第 %2 轮：已替换第 %3 层，%4 个线性层，得分 %5</translation>
    </message>
</context>
<context>
    <name>dtr::gui::StageLayout</name>
    <message>
        <location filename="../widgets/stagelayout.cpp" line="+22"/>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ca&amp;ncel</source>
        <translation>取消(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
</context>
<context>
    <name>dtr::gui::TrajectoryPlot</name>
    <message>
        <location filename="../widgets/trajectoryplot.cpp" line="+48"/>
        <source>Linear layers</source>
        <translation>线性层数</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score (%1)</source>
        <translation>得分（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No search shown: start one, or pick one from the list.</source>
        <translation>未显示任何搜索：请开始一个搜索，或从列表中选择一个。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>95% interval</source>
        <translation>95% 区间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Crossed the tolerance (not kept)</source>
        <translation>超出容差（未保留）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Test task</source>
        <translation>测试任务</translation>
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
        <translation>第 %1 轮：已替换第 %2 层，%3 个线性层；验证 %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (95% %1–%2)</source>
        <translation>（95% 区间 %1–%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; test %1</source>
        <translation>；测试 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the best two candidates were within noise</source>
        <translation>；最佳的两个候选之间的差异在噪声范围内</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 linear layer(s), validation %3</source>
        <translation>%1：%2 个线性层，验证 %3</translation>
    </message>
</context>
<context>
    <name>dtr::gui::WhatIfPanel</name>
    <message>
        <location filename="../widgets/whatifpanel.cpp" line="+46"/>
        <source>What if, at a &amp;context of</source>
        <translation>假如上下文长度为(&amp;C)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tokens of context for the prediction (the KV cache grows with it)</source>
        <translation>用于预测的上下文 token 数（KV 缓存随之增长）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tokens:</source>
        <translation>个 token 时：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as Configuration…</source>
        <translation>另存为配置…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the map shown as a configuration of the project</source>
        <translation>将显示的层图保存为项目的一个配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evaluate on Task</source>
        <translation>在任务上评估(&amp;E)</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>No prediction: %1</source>
        <translation>无预测：%1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose a validation task in the Search view first</source>
        <translation>请先在“搜索”视图中选择验证任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the map as a configuration and evaluate it on %1</source>
        <translation>将层图保存为配置，并在 %1 上评估</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a project to see what a map would gain.</source>
        <translation>打开一个项目，以查看某种层图能带来的收益。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Distil the model first: the prediction needs the students&apos; sizes.</source>
        <translation>请先蒸馏模型：预测需要学生模块的大小。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measuring the layers…</source>
        <translation>正在测量各层…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n linear layer(s): decode %1× faster than full attention (predicted), cache %2 instead of %3.</source>
        <translation>
            <numerusform>%n 个线性层：解码速度为全注意力的 %1×（预测值），缓存为 %2 而非 %3。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save as Configuration</source>
        <translation>另存为配置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Name of the configuration:</source>
        <translation>配置名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the configuration %1</source>
        <translation>保存配置 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Evaluate %1 on %2</source>
        <translation>在 %2 上评估 %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+32"/>
        <source>Distill-then-Replace workbench: explore a Transformer&apos;s layers and turn it into a hybrid of full and linear attention.</source>
        <translation>Distill-then-Replace（先蒸馏后替换）工作台：探索 Transformer 的各层，并将其转换为全注意力与线性注意力的混合模型。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A Hugging Face model folder, or a .dtr project to open.</source>
        <translation>要打开的 Hugging Face 模型文件夹或 .dtr 项目。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The view to show first: layer-map, distillation, search, configurations, comparison or orders.</source>
        <translation>首先显示的视图：layer-map、distillation、search、configurations、comparison 或 orders。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configurations of the project to compare side by side, separated by semicolons.</source>
        <translation>要并排比较的项目配置，以分号分隔。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>dtr-workbench: unknown view %1 (layer-map, distillation, search, configurations, comparison, orders).</source>
        <translation>dtr-workbench：未知视图 %1（layer-map、distillation、search、configurations、comparison、orders）。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>dtr-workbench: expected at most one model folder, got %1.</source>
        <translation>dtr-workbench：最多只能指定一个模型文件夹，但给出了 %1 个。</translation>
    </message>
</context>
</TS>
