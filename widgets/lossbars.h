#pragma once

#include <QVector>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QToolButton;
QT_END_NAMESPACE

class QCustomPlot;
class QCPBars;
class QCPBarsGroup;
class QCPItemText;

namespace dtr::gui {

// Held-out distillation loss per layer before and after training ("Initial" and
// "Final"), as grouped bars on a logarithmic loss axis, one group per layer labelled by
// its index. Hovering over a group reads out both values and the improvement; wheel and
// drag zoom and pan, "Reset view" or a double click shows everything again.
class HeldoutBars : public QWidget
{
    Q_OBJECT

public:
    explicit HeldoutBars(QWidget *parent = nullptr);
    ~HeldoutBars() override;

    // One entry per layer; `initial` and `final` are as long as `layers` (shorter ones
    // are padded with NaN, longer ones cut). NaN (or a non-positive loss, which a log axis
    // cannot show) draws no bar. Replots once.
    void setData(const QVector<qint64> &layers, const QVector<double> &initial, const QVector<double> &final);
    void clear();

    QVector<qint64> layers() const { return m_layers; }
    QVector<double> initialValues() const { return m_initial; }
    QVector<double> finalValues() const { return m_final; }

    // Shows the values of the layer whose bar group is under `pixel` (plot widget
    // coordinates) in the read-out label and as a tool tip; clears them elsewhere.
    void showReadoutAt(const QPoint &pixel);
    QString readoutText() const { return m_readoutText; }

    void resetView();
    bool saveTo(const QString &path, QString *error);

    QCustomPlot *plot() const { return m_plot; }
    QCPBars *initialBars() const { return m_initialBars; }
    QCPBars *finalBars() const { return m_finalBars; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString readoutFor(int index) const;
    void clearReadout();

    QCustomPlot *m_plot = nullptr;
    QCPBarsGroup *m_group = nullptr;
    QCPBars *m_initialBars = nullptr;
    QCPBars *m_finalBars = nullptr;
    QCPItemText *m_placeholder = nullptr;
    QLabel *m_readout = nullptr;
    QToolButton *m_resetButton = nullptr;
    QToolButton *m_saveButton = nullptr;

    QVector<qint64> m_layers;
    QVector<double> m_initial;
    QVector<double> m_final;
    QString m_readoutText;
    int m_readoutIndex = -1;
};

} // namespace dtr::gui
