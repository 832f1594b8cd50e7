#pragma once

// The parts the stage views (distillation, search) share: the Start / Cancel / Resume
// row with its status line, always visible under the (scrollable) settings form, the list of the project's runs, and
// the layout (form over list on the left, two plots on the right, in splitters).

#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QGroupBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QWidget;
QT_END_NAMESPACE

namespace dtr::gui {

struct RunControls
{
    QPushButton *start = nullptr, *cancel = nullptr, *resume = nullptr;
    QLabel *status = nullptr;
    QWidget *bar = nullptr; // holds the buttons and the status line
};

// The buttons (object names prefix + "Start", "Cancel", "Resume") and the status line
// (prefix + "Status") on one bar, for layOutStageView to put under the form.
RunControls createRunControls(QWidget *parent, const QString &prefix, const QString &resumeToolTip);

// A flat list of runs with these column headers, sized to its contents.
QTreeWidget *createRunList(QWidget *parent, const QString &objectName, const QStringList &headers);

// The list row whose `column` holds `id` (Qt::UserRole) becomes current; the current
// row's id (0: none).
void selectRunRow(QTreeWidget *list, int column, qint64 id);
qint64 currentRunId(const QTreeWidget *list, int column);
// Start while a project is open and nothing runs, Cancel while running, Resume for a
// current row whose status (Qt::UserRole of `statusColumn`) is cancelled or failed.
void updateRunControls(const RunControls &controls, bool open, bool running, const QTreeWidget *list,
                       int statusColumn);

// Lays `view` out: `form` (scrollable) with `controls` under it, outside the scrolling so
// Start is always in sight, above `list` in a group box titled `listTitle` on the left,
// `upper` above `lower` on the right.
void layOutStageView(QWidget *view, QGroupBox *form, QWidget *controls, QTreeWidget *list, const QString &listTitle,
                     QWidget *upper, QWidget *lower);

} // namespace dtr::gui
