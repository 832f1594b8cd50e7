#include "modelinfopanel.h"

#include "model/model_summary.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace dtr::gui {

namespace {

const char kFolder[] = "folder";
const char kModelType[] = "modelType";
const char kArchitecture[] = "architecture";
const char kLayers[] = "layers";
const char kHiddenSize[] = "hiddenSize";
const char kIntermediateSize[] = "intermediateSize";
const char kHeads[] = "heads";
const char kKvHeads[] = "kvHeads";
const char kHeadDim[] = "headDim";
const char kVocab[] = "vocab";
const char kMaxPositions[] = "maxPositions";
const char kRopeTheta[] = "ropeTheta";
const char kRopeScaling[] = "ropeScaling";
const char kSlidingWindow[] = "slidingWindow";
const char kDtype[] = "dtype";
const char kTotalParams[] = "totalParams";
const char kWeights[] = "weights";
const char kTokenizer[] = "tokenizer";

QString integer(std::int64_t value)
{
    return QLocale().toString(qlonglong(value));
}

QString decimal(double value)
{
    return QLocale().toString(value, 'g', 10);
}

} // namespace

ModelInfoPanel::ModelInfoPanel(QWidget *parent)
    : QWidget(parent)
{
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    addField(QLatin1String(kFolder), tr("Folder:"));
    addField(QLatin1String(kModelType), tr("Model type:"));
    addField(QLatin1String(kArchitecture), tr("Architecture:"));
    addField(QLatin1String(kLayers), tr("Layers:"));
    addField(QLatin1String(kHiddenSize), tr("Hidden size:"));
    addField(QLatin1String(kIntermediateSize), tr("MLP size:"));
    addField(QLatin1String(kHeads), tr("Attention heads:"));
    addField(QLatin1String(kKvHeads), tr("KV heads:"));
    addField(QLatin1String(kHeadDim), tr("Head dim:"));
    addField(QLatin1String(kVocab), tr("Vocabulary:"));
    addField(QLatin1String(kMaxPositions), tr("Max positions:"));
    addField(QLatin1String(kRopeTheta), tr("RoPE theta:"));
    addField(QLatin1String(kRopeScaling), tr("RoPE scaling:"));
    addField(QLatin1String(kSlidingWindow), tr("Sliding window:"));
    addField(QLatin1String(kDtype), tr("Dtype:"));
    addField(QLatin1String(kTotalParams), tr("Parameters:"));
    addField(QLatin1String(kWeights), tr("Weights:"));
    addField(QLatin1String(kTokenizer), tr("Tokenizer:"));

    setMinimumWidth(240);

    auto layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch(1);

    clear();
}

ModelInfoPanel::~ModelInfoPanel() = default;

QStringList ModelInfoPanel::fieldKeys()
{
    return {QLatin1String(kFolder), QLatin1String(kModelType), QLatin1String(kArchitecture),
            QLatin1String(kLayers), QLatin1String(kHiddenSize),
            QLatin1String(kIntermediateSize), QLatin1String(kHeads), QLatin1String(kKvHeads),
            QLatin1String(kHeadDim), QLatin1String(kVocab), QLatin1String(kMaxPositions),
            QLatin1String(kRopeTheta), QLatin1String(kRopeScaling),
            QLatin1String(kSlidingWindow), QLatin1String(kDtype),
            QLatin1String(kTotalParams), QLatin1String(kWeights), QLatin1String(kTokenizer)};
}

void ModelInfoPanel::addField(const QString &key, const QString &label)
{
    auto value = new QLabel(this);
    value->setObjectName(key);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    m_form->addRow(label, value);
    m_values.insert(key, value);
}

void ModelInfoPanel::setField(const QString &key, const QString &text, const QString &toolTip)
{
    QLabel *label = m_values.value(key);
    if (!label)
        return;
    label->setText(text);
    label->setToolTip(toolTip);
}

QString ModelInfoPanel::fieldText(const QString &key) const
{
    const QLabel *label = m_values.value(key);
    return label ? label->text() : QString();
}

void ModelInfoPanel::clear()
{
    const QString none = QStringLiteral("\u2014");
    for (QLabel *label : std::as_const(m_values)) {
        label->setText(none);
        label->setToolTip({});
    }
}

QString ModelInfoPanel::formatCount(qint64 count)
{
    const QLocale locale;
    const auto value = static_cast<double>(count);
    if (count < 1000)
        return locale.toString(qlonglong(count));
    if (count < 1000000)
        return tr("%1 K", "thousand").arg(locale.toString(value / 1e3, 'f', 1));
    if (count < 1000000000)
        return tr("%1 M", "million").arg(locale.toString(value / 1e6, 'f', 1));
    return tr("%1 B", "billion").arg(locale.toString(value / 1e9, 'f', 2));
}

void ModelInfoPanel::setSummary(const dtr::ModelSummary &summary)
{
    const dtr::ModelConfig &config = summary.config;
    const QString modelDir = QString::fromStdString(summary.modelDir);

    setField(QLatin1String(kFolder), QFileInfo(modelDir).fileName(),
             QDir::toNativeSeparators(modelDir));
    setField(QLatin1String(kModelType), QString::fromStdString(config.modelType));
    setField(QLatin1String(kArchitecture), QString::fromStdString(config.architecture));
    setField(QLatin1String(kLayers), integer(config.numLayers));
    setField(QLatin1String(kHiddenSize), integer(config.hiddenSize));
    setField(QLatin1String(kIntermediateSize), integer(config.intermediateSize));
    setField(QLatin1String(kHeads), integer(config.numHeads));
    setField(QLatin1String(kKvHeads),
             config.numKvHeads == config.numHeads
                 ? integer(config.numKvHeads)
                 : tr("%1 (%2 query heads per KV head)")
                       .arg(integer(config.numKvHeads))
                       .arg(config.numKvHeads > 0 ? config.numHeads / config.numKvHeads : 0));
    setField(QLatin1String(kHeadDim), integer(config.headDim));
    setField(QLatin1String(kVocab), integer(config.vocabSize));
    setField(QLatin1String(kMaxPositions), integer(config.maxPositionEmbeddings));
    setField(QLatin1String(kRopeTheta), decimal(config.ropeTheta));

    const dtr::RopeScaling &scaling = config.ropeScaling;
    QString scalingText;
    if (scaling.type.empty() || scaling.type == "default") {
        scalingText = tr("none", "RoPE scaling");
    } else if (scaling.type == "llama3") {
        scalingText = tr("llama3, factor %1 (low %2, high %3, original %4)")
                          .arg(decimal(scaling.factor), decimal(scaling.lowFreqFactor),
                               decimal(scaling.highFreqFactor),
                               integer(scaling.originalMaxPositionEmbeddings));
    } else {
        scalingText = tr("%1, factor %2").arg(QString::fromStdString(scaling.type),
                                              decimal(scaling.factor));
    }
    setField(QLatin1String(kRopeScaling), scalingText);

    // Sliding windows: none, one size on every layer, or a mix.
    std::map<std::int64_t, int> windows;
    int windowedLayers = 0;
    for (const dtr::LayerSummary &layer : summary.layers) {
        if (layer.slidingWindow > 0) {
            ++windows[layer.slidingWindow];
            ++windowedLayers;
        }
    }
    const int layerCount = static_cast<int>(summary.layers.size());
    QString windowText;
    if (windowedLayers == 0) {
        windowText = tr("none", "sliding window");
    } else if (windows.size() == 1) {
        windowText = windowedLayers == layerCount
            ? tr("%1 tokens on every layer").arg(integer(windows.begin()->first))
            : tr("%1 tokens on %2 of %3 layers")
                  .arg(integer(windows.begin()->first))
                  .arg(windowedLayers)
                  .arg(layerCount);
    } else {
        windowText = tr("mixed, on %1 of %2 layers").arg(windowedLayers).arg(layerCount);
    }
    setField(QLatin1String(kSlidingWindow), windowText);

    const QString configDtype = QString::fromStdString(config.dtype);
    const QString storageDtype = QString::fromStdString(summary.storageDtype);
    setField(QLatin1String(kDtype),
             storageDtype.isEmpty() ? configDtype
                                    : tr("%1 (stored as %2)").arg(configDtype, storageDtype));

    QString paramsToolTip = tr("Embedding %1, LM head %2")
                                .arg(integer(summary.embeddingParams),
                                     summary.headParams == 0 ? tr("tied to the embedding")
                                                             : integer(summary.headParams));
    setField(QLatin1String(kTotalParams),
             QStringLiteral("%1 (%2)").arg(formatCount(summary.totalParams), integer(summary.totalParams)),
             paramsToolTip);

    QStringList files;
    for (const std::string &file : summary.weightFiles)
        files.append(QString::fromStdString(file));
    setField(QLatin1String(kWeights),
             tr("%n file(s), %1", nullptr, static_cast<int>(files.size()))
                 .arg(QLocale().formattedDataSize(summary.weightBytes)),
             files.join(QLatin1Char('\n')));

    setField(QLatin1String(kTokenizer),
             summary.hasTokenizer ? tr("present (tokenizer.json)") : tr("missing"));
}

} // namespace dtr::gui
