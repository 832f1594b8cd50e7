#pragma once

#include "layertablemodel.h"

#include <nlohmann/json_fwd.hpp>

#include <QWidget>

#include <cstdint>
#include <vector>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;
class QUndoStack;
class QVBoxLayout;
QT_END_NAMESPACE

class QCustomPlot;
class QCPBars;

namespace dtr {
struct ModelSummary;
}

namespace dtr::gui {

class LayerStrip;

// The layer map: one cell per decoder layer (LayerStrip: type, constraint, the selected
// run's final held-out loss as a colour scale with a legend), the layer table (the same
// numbers, and parameter counts) and a stacked bar chart of the parameters per layer.
// Shows a hint instead while no model is open.
//
// Constraint edits go through an undo stack (Edit > Undo / Redo); each edit, undo and
// redo emits constraintsEdited() so the window can store them in the project.
class LayerMapView : public QWidget
{
    Q_OBJECT

public:
    explicit LayerMapView(QWidget *parent = nullptr);
    ~LayerMapView() override;

    void setSummary(const dtr::ModelSummary &summary);
    void clear();

    // The constraints stored in the project. Different ones (another window or dtr wrote
    // them) replace the shown ones and clear the undo history.
    void setStoredConstraints(const std::vector<std::int64_t> &pinned, const std::vector<std::int64_t> &forbidden);
    // Asks for a constraint as the user does (one undoable step); no-op when unchanged.
    void requestConstraint(int layer, LayerConstraint constraint);

    // Shows a configuration on the map (a search candidate, a saved configuration) with a
    // caption and a button back to the constraints; an edit also goes back.
    void showConfiguration(const std::vector<std::int64_t> &linearLayers, const std::string &mixer,
                           const QString &caption);
    void clearConfiguration();
    bool isShowingConfiguration() const;
    QString configurationCaption() const;
    // The linear layers the map shows: the configuration's while one is shown, else the
    // pinned layers (the hand-made map). mapChanged() follows every change of it.
    std::vector<std::int64_t> displayedLinearLayers() const;
    // A widget under the layer cells (the window's what-if panel); the view owns it.
    void setFooter(QWidget *footer);

    // The project's distillation runs (projectSummaryJson's distill_runs): the run
    // selector lists them; the selected run's held-out losses colour the cells. Keeps the
    // selection when the run is still there, else picks the latest completed run.
    void setRuns(const nlohmann::json &distillRuns);
    void selectRun(qint64 runId);
    qint64 selectedRun() const;
    // The selected run's status as the project holds it ("running", "completed", ...).
    QString selectedRunStatus() const;

    LayerTableModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    LayerStrip *strip() const { return m_strip; }
    QUndoStack *undoStack() const { return m_undo; }
    QComboBox *runSelector() const { return m_runBox; }

Q_SIGNALS:
    // The constraints changed by an edit, an undo or a redo (not by setStoredConstraints).
    void constraintsEdited();
    void selectedRunChanged(qint64 runId);
    void mapChanged();

private:
    void updatePlot();
    void showRun(int comboIndex);

    LayerTableModel *m_model = nullptr;
    LayerStrip *m_strip = nullptr;
    QUndoStack *m_undo = nullptr;
    QComboBox *m_runBox = nullptr;
    QLabel *m_runLabel = nullptr;
    QWidget *m_previewBar = nullptr;
    QLabel *m_previewCaption = nullptr;
    QVBoxLayout *m_topLayout = nullptr;
    std::vector<nlohmann::json> m_runs; // per combo entry
    qint64 m_shownRun = 0;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QTableView *m_table = nullptr;
    QCustomPlot *m_plot = nullptr;
    QCPBars *m_attentionBars = nullptr;
    QCPBars *m_mlpBars = nullptr;
};

} // namespace dtr::gui
