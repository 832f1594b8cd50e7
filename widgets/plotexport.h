#pragma once

#include <QColor>
#include <QString>

QT_BEGIN_NAMESPACE
class QPen;
class QToolButton;
class QWidget;
QT_END_NAMESPACE

class QCustomPlot;
class QCPAxis;
class QCPItemText;
class QCPLegend;
class QCPScatterStyle;

namespace dtr::gui {

// Saves `plot` to `path`, the format chosen by the suffix: .png (raster, twice the
// widget's size and at least 1200x700 pixels), .pdf or .svg (vector, the widget's size
// and at least 600x350). The plot is written to a temporary file in the same folder and
// renamed into place, so a failed save never leaves a partial file under `path` (an old
// file there stays until the new one is complete). On failure returns false and, when
// `error` is not null, sets it to a translated message that names the file.
bool savePlot(QCustomPlot *plot, const QString &path, QString *error);

// Asks for a file name (PNG, PDF or SVG filters; the chosen filter's suffix is appended
// when the name has none of them), saves with savePlot() and shows a warning on failure.
// `suggestedName` may be a bare name ("losses.png") or a path. Does nothing on cancel.
void savePlotWithDialog(QCustomPlot *plot, QWidget *parent, const QString &suggestedName);

// Building blocks the plot widgets (LossPlot, HeldoutBars) share.

// A "Save..." tool button that runs savePlotWithDialog(plot, parent, suggestedName).
QToolButton *createSaveButton(QCustomPlot *plot, QWidget *parent, const QString &objectName,
                              const QString &suggestedName);
// A tool button with text beside an (optional) theme icon.
QToolButton *createToolButton(QWidget *parent, const QString &objectName, const QString &text,
                              const QString &toolTip, const QString &iconName = QString());

// The i-th colour of a qualitative palette (tab10, then darker, hue-shifted and both):
// 40 distinct colours, neighbours always clearly different.
QColor seriesColor(int index);
// Log scale with decade ticks (10^n) and a sub-grid.
void setLogScale(QCPAxis *axis);
// Moves the legend out of the axis rect into a centred row of its own, inserted at `row`
// of the plot layout and filled line by line, at most `wrap` entries a line (0: no limit).
void moveLegendToRow(QCustomPlot *plot, int row, int wrap = 0);
// A grey text centred in the axis rect, for "no data yet".
QCPItemText *addPlaceholderText(QCustomPlot *plot, const QString &text);
// Adds a legend entry that stands for no plottable, to explain a line style: a line in
// `pen` with `scatter`'s marker in its middle, then `text`.
void addLineStyleLegendItem(QCPLegend *legend, const QString &text, const QPen &pen, const QCPScatterStyle &scatter);

} // namespace dtr::gui
