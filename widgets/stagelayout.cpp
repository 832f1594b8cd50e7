#include "stagelayout.h"

#include <QCoreApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dtr::gui {

RunControls createRunControls(QWidget *parent, const QString &prefix, const QString &resumeToolTip)
{
    RunControls c;
    c.bar = new QWidget(parent);
    c.bar->setObjectName(prefix + QStringLiteral("Controls"));
    QWidget *form = c.bar;
    c.start = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")),
                              QCoreApplication::translate("dtr::gui::StageLayout", "&Start"), form);
    c.start->setObjectName(prefix + QStringLiteral("Start"));
    c.start->setDefault(true);
    c.cancel = new QPushButton(QIcon::fromTheme(QStringLiteral("process-stop")), QCoreApplication::translate("dtr::gui::StageLayout", "Ca&ncel"), form);
    c.cancel->setObjectName(prefix + QStringLiteral("Cancel"));
    c.resume = new QPushButton(QIcon::fromTheme(QStringLiteral("media-seek-forward")), QCoreApplication::translate("dtr::gui::StageLayout", "&Resume"), form);
    c.resume->setObjectName(prefix + QStringLiteral("Resume"));
    c.resume->setToolTip(resumeToolTip);
    auto buttons = new QHBoxLayout;
    buttons->addWidget(c.start);
    buttons->addWidget(c.cancel);
    buttons->addWidget(c.resume);
    buttons->addStretch(1);
    auto layout = new QVBoxLayout(c.bar);
    layout->addLayout(buttons);
    c.status = new QLabel(form);
    c.status->setObjectName(prefix + QStringLiteral("Status"));
    c.status->setWordWrap(true);
    c.status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(c.status);
    return c;
}

QTreeWidget *createRunList(QWidget *parent, const QString &objectName, const QStringList &headers)
{
    auto list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setHeaderLabels(headers);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->setMinimumHeight(list->fontMetrics().height() * 5);
    return list;
}

void selectRunRow(QTreeWidget *list, int column, qint64 id)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->data(column, Qt::UserRole).toLongLong() == id) {
            list->setCurrentItem(list->topLevelItem(i));
            return;
        }
}

qint64 currentRunId(const QTreeWidget *list, int column)
{
    const QTreeWidgetItem *item = list->currentItem();
    return item ? item->data(column, Qt::UserRole).toLongLong() : 0;
}

void updateRunControls(const RunControls &c, bool open, bool running, const QTreeWidget *list, int statusColumn)
{
    c.start->setEnabled(open && !running);
    c.cancel->setEnabled(running);
    QString status;
    if (const QTreeWidgetItem *item = list->currentItem())
        status = item->data(statusColumn, Qt::UserRole).toString();
    c.resume->setEnabled(open && !running && (status == QLatin1String("cancelled") || status == QLatin1String("failed")));
}

void layOutStageView(QWidget *view, QGroupBox *form, QWidget *controls, QTreeWidget *list, const QString &listTitle,
                     QWidget *upper, QWidget *lower)
{
    auto formScroll = new QScrollArea(view);
    formScroll->setWidget(form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    auto formPane = new QWidget(view);
    auto formPaneLayout = new QVBoxLayout(formPane);
    formPaneLayout->setContentsMargins(0, 0, 0, 0);
    formPaneLayout->setSpacing(0);
    formPaneLayout->addWidget(formScroll, 1);
    formPaneLayout->addWidget(controls);
    auto listBox = new QGroupBox(listTitle, view);
    auto listLayout = new QVBoxLayout(listBox);
    listLayout->addWidget(list);

    auto left = new QSplitter(Qt::Vertical, view);
    left->addWidget(formPane);
    left->addWidget(listBox);
    left->setStretchFactor(0, 4);
    left->setStretchFactor(1, 1);
    left->setChildrenCollapsible(false);

    auto right = new QSplitter(Qt::Vertical, view);
    right->addWidget(upper);
    right->addWidget(lower);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setChildrenCollapsible(false);

    auto main = new QSplitter(Qt::Horizontal, view);
    main->addWidget(left);
    main->addWidget(right);
    main->setStretchFactor(0, 0);
    main->setStretchFactor(1, 1);
    main->setChildrenCollapsible(false);
    left->setMinimumWidth(form->sizeHint().width() + 24);
    auto layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(main);
}

} // namespace dtr::gui
