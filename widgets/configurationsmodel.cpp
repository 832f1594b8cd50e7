#include "configurationsmodel.h"

#include "displaynames.h"

#include "project/configuration_names.h"

#include <QFile>
#include <QLocale>

#include <limits>
#include <map>

namespace dtr::gui {

namespace {

using View = ConfigurationsView;

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

const double kNaN = std::numeric_limits<double>::quiet_NaN();

QString originText(const dtr::ConfigurationEntry &e)
{
    if (e.origin == "best")
        return ConfigurationsView::tr("M_best of search %1: the highest validation score seen").arg(e.searchId.value_or(0));
    if (e.origin == "opt")
        return ConfigurationsView::tr("M_opt of search %1: the most linear layers above P_min").arg(e.searchId.value_or(0));
    if (e.origin == "k")
        return ConfigurationsView::tr("The %1 baseline of search %2 at %n linear layer(s)", nullptr,
                                      static_cast<int>(e.linear.size()))
            .arg(strategyDisplayName(qs(e.strategy)))
            .arg(e.searchId.value_or(0));
    if (e.origin == "full")
        return ConfigurationsView::tr("The model as it is: every layer full attention");
    return ConfigurationsView::tr("Saved from the layer map");
}

QString layerList(const std::vector<std::int64_t> &layers)
{
    QStringList parts;
    for (auto l : layers)
        parts << QString::number(l);
    return parts.join(QStringLiteral(", "));
}

QString scoreToolTip(const std::optional<dtr::CatalogScore> &s, const QString &split)
{
    if (!s)
        return ConfigurationsView::tr("Not scored on a %1 task yet").arg(split);
    QString text = ConfigurationsView::tr("%1 on %2: %3").arg(qs(s->metric), qs(dtr::taskLabel(s->task)),
                                                               QLocale().toString(s->value, 'f', 4));
    if (s->ciLow && s->ciHigh)
        text += QLatin1Char('\n') + ConfigurationsView::tr("95% interval [%1, %2]")
                                        .arg(QLocale().toString(*s->ciLow, 'f', 4), QLocale().toString(*s->ciHigh, 'f', 4));
    if (s->numExamples > 0)
        text += QLatin1Char('\n') + ConfigurationsView::tr("%n example(s)", nullptr, static_cast<int>(s->numExamples));
    if (!s->task.empty())
        text += QLatin1Char('\n') + qs(s->task);
    return text;
}

const dtr::CatalogBenchmark *largestContext(const dtr::ConfigurationEntry &e)
{
    const dtr::CatalogBenchmark *best = nullptr;
    for (const auto &b : e.benchmarks)
        if (!best || b.context > best->context || (b.context == best->context && b.decodeMedianMs < best->decodeMedianMs))
            best = &b;
    return best;
}

} // namespace

bool ConfigurationsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role == Qt::EditRole && index.column() == View::NameColumn) {
        const qint64 id = index.data(View::IdRole).toLongLong();
        const QString name = value.toString().trimmed();
        if (id > 0 && onRename && name != index.data(Qt::DisplayRole).toString())
            onRename(id, name);
        return false;
    }
    return QStandardItemModel::setData(index, value, role);
}

void ConfigurationsModel::fill(const std::vector<dtr::ConfigurationEntry> &entries, ConfigurationsView::Grouping g)
{
    removeRows(0, rowCount());
    if (g == ConfigurationsView::NoGrouping) {
        for (const auto &e : entries)
            appendRow(rowFor(e));
    } else {
        std::map<QString, QStandardItem *> groups;
        std::map<QString, int> counts;
        for (const auto &e : entries)
            ++counts[groupKey(e, g)];
        for (const auto &e : entries) {
            const QString key = groupKey(e, g);
            QStandardItem *&parent = groups[key];
            if (!parent) {
                QList<QStandardItem *> row;
                for (int c = 0; c < View::ColumnCount; ++c) {
                    auto item = new QStandardItem;
                    item->setFlags(Qt::ItemIsEnabled);
                    item->setData(QVariant::fromValue(qint64(0)), View::IdRole);
                    item->setData(key, View::SortRole);
                    row << item;
                }
                row[View::NameColumn]->setText(ConfigurationsView::tr("%1 (%n)", nullptr, counts[key]).arg(key));
                QFont f = row[View::NameColumn]->font();
                f.setBold(true);
                row[View::NameColumn]->setFont(f);
                appendRow(row);
                parent = row[View::NameColumn];
            }
            parent->appendRow(rowFor(e));
        }
    }
}

QList<QStandardItem *> ConfigurationsModel::rowFor(const dtr::ConfigurationEntry &e)
{
    QList<QStandardItem *> row;
    for (int c = 0; c < View::ColumnCount; ++c) {
        auto item = new QStandardItem;
        item->setEditable(false);
        item->setData(QVariant::fromValue(qint64(e.record.id)), View::IdRole);
        row << item;
    }
    const QString name = qs(e.record.name);
    QStandardItem *n = row[View::NameColumn];
    n->setText(name);
    n->setEditable(true);
    n->setData(name, View::SortRole);
    QString tip = name + QLatin1Char('\n') + originText(e);
    if (!e.record.notes.empty())
        tip += QLatin1Char('\n') + qs(e.record.notes);
    if (!e.record.createdAt.empty())
        tip += QLatin1Char('\n') + ConfigurationsView::tr("Created %1").arg(qs(e.record.createdAt));
    n->setToolTip(tip);

    QStandardItem *lin = row[View::LinearColumn];
    QVector<int> layers;
    for (auto l : e.linear)
        layers << static_cast<int>(l);
    lin->setText(QString::number(layers.size()));
    lin->setData(QVariant::fromValue(layers), View::LinearLayersRole);
    lin->setData(QVariant::fromValue(qlonglong(layers.size())), View::SortRole);
    lin->setData(qs(e.record.mixer), View::FilterKeyRole);
    lin->setToolTip(e.linear.empty() ? ConfigurationsView::tr("No linear layer: every layer is full attention")
                                     : ConfigurationsView::tr("Linear layers (%1): %2").arg(mixerLabel(e.record.mixer), layerList(e.linear)));

    const auto score = [&](QStandardItem *item, const std::optional<dtr::CatalogScore> &s, const QString &split) {
        if (s) {
            item->setText(ConfigurationsView::scoreText(*s));
            item->setData(s->value, View::SortRole);
            item->setData(s->value, View::ScoreRole);
        } else {
            item->setText(QStringLiteral("\u2014"));
            item->setData(kNaN, View::ScoreRole);
        }
        item->setToolTip(scoreToolTip(s, split));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    };
    score(row[View::ValidationColumn], e.validation, ConfigurationsView::tr("validation"));
    score(row[View::TestColumn], e.test, ConfigurationsView::tr("test"));

    row[View::TaskColumn]->setText(qs(e.task));
    row[View::TaskColumn]->setData(qs(e.task), View::SortRole);
    row[View::TaskColumn]->setData(qs(e.task), View::FilterKeyRole);

    const QString mixerKey = e.record.mixer.empty() ? QStringLiteral("full_attention") : qs(e.record.mixer);
    row[View::MixerColumn]->setText(mixerLabel(e.record.mixer));
    row[View::MixerColumn]->setData(mixerLabel(e.record.mixer), View::SortRole);
    row[View::MixerColumn]->setData(mixerKey, View::FilterKeyRole);
    if (e.record.distillRunId)
        row[View::MixerColumn]->setToolTip(ConfigurationsView::tr("Students of distillation run %1").arg(*e.record.distillRunId));

    const QString sKey = strategyKey(e);
    QString sText = strategyText(sKey);
    if (e.origin == "best")
        sText = ConfigurationsView::tr("%1 \u00b7 M_best").arg(sText);
    else if (e.origin == "opt")
        sText = ConfigurationsView::tr("%1 \u00b7 M_opt").arg(sText);
    row[View::StrategyColumn]->setText(sText);
    row[View::StrategyColumn]->setData(sText, View::SortRole);
    row[View::StrategyColumn]->setData(sKey, View::FilterKeyRole);
    row[View::StrategyColumn]->setToolTip(originText(e));

    QStandardItem *bench = row[View::BenchmarkColumn];
    if (const dtr::CatalogBenchmark *b = largestContext(e)) {
        bench->setText(ConfigurationsView::tr("%1 ms @ %2").arg(QLocale().toString(b->decodeMedianMs, 'f', 2)).arg(b->context));
        bench->setData(b->decodeMedianMs, View::SortRole);
        bench->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QStringList lines;
        for (const auto &x : e.benchmarks)
            lines << ConfigurationsView::tr("%1 tokens on %2: %3 ms per decoded token")
                         .arg(x.context)
                         .arg(qs(x.device), QLocale().toString(x.decodeMedianMs, 'f', 2));
        bench->setToolTip(lines.join(QLatin1Char('\n')));
    }
    QStandardItem *exp = row[View::ExportColumn];
    if (!e.exports.empty()) {
        const QString path = QFile::decodeName(QByteArray::fromStdString(e.exports.back().path));
        exp->setText(path);
        exp->setData(path, View::SortRole);
        QStringList lines;
        for (const auto &x : e.exports)
            lines << ConfigurationsView::tr("%1 (%2)").arg(QFile::decodeName(QByteArray::fromStdString(x.path)), qs(x.createdAt));
        exp->setToolTip(lines.join(QLatin1Char('\n')));
    }
    return row;
}

QString ConfigurationsModel::groupKey(const dtr::ConfigurationEntry &e, ConfigurationsView::Grouping grouping)
{
    switch (grouping) {
    case ConfigurationsView::GroupByTask:
        return e.task.empty() ? ConfigurationsView::tr("No task") : qs(e.task);
    case ConfigurationsView::GroupByMixer:
        return mixerLabel(e.record.mixer);
    case ConfigurationsView::GroupByStrategy:
        return strategyText(strategyKey(e));
    case ConfigurationsView::GroupBySearch:
        return e.searchId ? ConfigurationsView::tr("Search %1").arg(*e.searchId) : ConfigurationsView::tr("No search");
    case ConfigurationsView::NoGrouping:
        break;
    }
    return QString();
}

QString ConfigurationsModel::strategyKey(const dtr::ConfigurationEntry &e)
{
    if (!e.strategy.empty())
        return qs(e.strategy);
    return qs(e.origin); // "full", "manual"
}

QString ConfigurationsModel::strategyText(const QString &key)
{
    if (key == QLatin1String("manual"))
        return ConfigurationsView::tr("Hand-made");
    if (key == QLatin1String("full"))
        return ConfigurationsView::tr("Full model");
    if (key.isEmpty())
        return ConfigurationsView::tr("Unknown");
    return strategyDisplayName(key);
}

} // namespace dtr::gui
