#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QStackedWidget;
class QTableView;
QT_END_NAMESPACE

class QCustomPlot;
class QCPBars;

namespace dtr {
struct ModelSummary;
}

namespace dtr::gui {

class LayerTableModel;

// The layer map: one table row per decoder layer (index, mixer, sliding window,
// parameter counts) above a stacked bar chart of the parameters per layer. Shows a
// hint instead while no model is open.
class LayerMapView : public QWidget
{
    Q_OBJECT

public:
    explicit LayerMapView(QWidget *parent = nullptr);
    ~LayerMapView() override;

    void setSummary(const dtr::ModelSummary &summary);
    void clear();

    LayerTableModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }

private:
    void updatePlot();

    LayerTableModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QTableView *m_table = nullptr;
    QCustomPlot *m_plot = nullptr;
    QCPBars *m_attentionBars = nullptr;
    QCPBars *m_mlpBars = nullptr;
};

} // namespace dtr::gui
