#pragma once

// The comparison view: configurations picked in the Configurations list, side by side.
// A table, one row per configuration: name, layer map (a strip, one cell per layer,
// linear or full attention), number of linear layers, validation and test scores with
// their 95% intervals, prefill and decode speed at one benchmarked context with the
// decode speed-up against the full model (when it is benchmarked there too), cache and
// peak memory; "-" where not measured; sortable by any column. Under it the score
// against decode speed with the Pareto front (ParetoPlot), and Export CSV….
//
// Read-only: it shows ConfigurationEntry values (core/project/configuration_catalog.h)
// that whoever owns the project read.

#include "project/configuration_catalog.h"

#include <QString>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QAbstractTableModel;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
QT_END_NAMESPACE

namespace dtr::gui {

class ComparisonModel;
class ParetoPlot;

// One configuration's row, as the table, the plot and the CSV show it.
struct ComparisonRow
{
    QString name;
    qint64 id = 0;
    QString origin;
    QString mixer;
    QString layerMap;           // one letter per layer: L linear, F full attention
    QVector<int> linear;        // the linear layers, ascending
    std::optional<dtr::CatalogScore> validation, test;
    std::optional<dtr::CatalogBenchmark> benchmark; // at the chosen context and device
    std::optional<double> speedUp;                  // decode, against the full model there
};

// The rows of `entries` with the benchmarks at (context, device) (an empty device: the
// first benchmark at that context). The speed-up is the full model's decode time over
// the row's, where the full model (origin "full", else the first entry without linear
// layers) is among `entries` and benchmarked at the same context and device.
QVector<ComparisonRow> comparisonRows(const std::vector<dtr::ConfigurationEntry> &entries, int numLayers,
                                      qint64 context, const QString &device);

class ComparisonView : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        LayerMapColumn,
        LinearColumn,
        ValidationColumn,
        TestColumn,
        PrefillColumn,
        DecodeColumn,
        SpeedUpColumn,
        CacheColumn,
        PeakColumn,
        ColumnCount
    };
    enum Role {
        // The cell's plain value: a double (score, tokens/s, ms, ratio), qint64 (bytes,
        // count) or QString (name, layer map); invalid where not measured. Sorting uses it.
        ValueRole = Qt::UserRole + 1,
        CiLowRole,   // scores: the interval's ends (invalid where none)
        CiHighRole,
    };

    explicit ComparisonView(QWidget *parent = nullptr);
    ~ComparisonView() override;

    // The configurations to compare (the Configurations list's selection) and the model's
    // number of layers (for entries whose layer types are not recorded).
    void setConfigurations(const std::vector<dtr::ConfigurationEntry> &chosen, int numLayers);
    void clear();
    const std::vector<dtr::ConfigurationEntry> &entries() const { return m_entries; }
    const QVector<ComparisonRow> &rows() const { return m_rows; }

    // The benchmarked context the speed columns and the plot use (0: none benchmarked).
    // The choices are the contexts in the entries' benchmarks; the default is the largest.
    QList<qint64> contexts() const;
    qint64 context() const;
    void setContext(qint64 context);
    // Where benchmarks come from several devices, the one shown (else empty).
    QStringList devices() const;
    QString device() const;
    void setDevice(const QString &device);

    QAbstractTableModel *tableModel() const;
    QTableView *tableView() const { return m_table; }
    ParetoPlot *paretoPlot() const { return m_plot; }

    // The table as CSV (header, one record per configuration; plain values).
    QVector<QStringList> csvRecords() const;
    bool exportCsv(const QString &path, QString *error) const;
    // Reads a CSV file back (the test's round trip); an empty list and `error` on failure.
    static QVector<QStringList> readCsv(const QString &path, QString *error = nullptr);
    void exportCsvWithDialog();

    // "1.2 MiB", "-" for 0 or less.
    static QString formatMiB(qint64 bytes);

Q_SIGNALS:
    void contextChanged(qint64 context);

private:
    void refresh();
    void fillContexts();
    void updatePlot();
    QString contextText(qint64 context) const;

    std::vector<dtr::ConfigurationEntry> m_entries;
    int m_numLayers = 0;
    QVector<ComparisonRow> m_rows;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QComboBox *m_context = nullptr, *m_device = nullptr;
    QLabel *m_deviceLabel = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_summary = nullptr;
    ComparisonModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    ParetoPlot *m_plot = nullptr;
    bool m_filling = false;
};

} // namespace dtr::gui
