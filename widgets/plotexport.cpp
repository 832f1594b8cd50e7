#include "plotexport.h"

#include "qcustomplot_include.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStringList>
#include <QSvgGenerator>
#include <QToolButton>

#include <algorithm>
#include <iterator>

namespace dtr::gui {

namespace {

// Translation context for the free functions below.
class PlotExport
{
    Q_DECLARE_TR_FUNCTIONS(PlotExport)
};

enum class Format { Unknown, Png, Pdf, Svg };

Format formatForSuffix(const QString &suffix)
{
    const QString s = suffix.toLower();
    if (s == QLatin1String("png"))
        return Format::Png;
    if (s == QLatin1String("pdf"))
        return Format::Pdf;
    if (s == QLatin1String("svg"))
        return Format::Svg;
    return Format::Unknown;
}

bool fail(QString *error, const QString &path, const QString &reason)
{
    if (error)
        *error = PlotExport::tr("Could not save the plot to %1: %2").arg(QDir::toNativeSeparators(path), reason);
    return false;
}

// The logical size of an export: the widget's size, but never smaller than 600x350 (a
// hidden or squeezed widget still gives a readable file). PNGs are drawn at twice it.
QSize exportSize(const QCustomPlot *plot)
{
    return QSize(std::max(plot->width(), 600), std::max(plot->height(), 350));
}

// A hidden, unused name beside `target` (same folder, so renaming stays on one volume).
QString siblingTempPath(const QFileInfo &target)
{
    for (int attempt = 0; attempt < 64; ++attempt) {
        const QString candidate = target.absolutePath() + QLatin1String("/.") + target.fileName() + QLatin1Char('.')
            + QString::number(QRandomGenerator::global()->generate(), 36) + QLatin1String(".part");
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
    return QString();
}

QString writeFailureReason(const QFileInfo &target)
{
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir())
        return PlotExport::tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    return PlotExport::tr("the file could not be written");
}

// Moves the finished temporary file over `target`. An existing file is first moved aside
// and only deleted once the new one is in place, so it is restored if the rename fails.
bool replaceWith(const QString &tempPath, const QFileInfo &target, QString *reason)
{
    const QString path = target.absoluteFilePath();
    QString backup;
    if (QFileInfo::exists(path)) {
        backup = siblingTempPath(target);
        if (backup.isEmpty() || !QFile::rename(path, backup)) {
            *reason = PlotExport::tr("the existing file could not be replaced");
            return false;
        }
    }
    if (!QFile::rename(tempPath, path)) {
        if (!backup.isEmpty())
            QFile::rename(backup, path);
        *reason = PlotExport::tr("the file could not be renamed into place");
        return false;
    }
    if (!backup.isEmpty())
        QFile::remove(backup);
    return true;
}

bool saveSvg(QCustomPlot *plot, const QFileInfo &target, const QSize &size, QString *reason)
{
    QSaveFile file(target.absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly)) {
        *reason = file.errorString();
        return false;
    }
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(size);
    generator.setResolution(96);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(target.completeBaseName());
    generator.setDescription(PlotExport::tr("Plot exported from DtR Workbench"));
    QCPPainter painter;
    if (!painter.begin(&generator)) {
        file.cancelWriting();
        *reason = writeFailureReason(target);
        return false;
    }
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    plot->toPainter(&painter, size.width(), size.height());
    painter.end();
    if (!file.commit()) {
        *reason = file.errorString();
        return false;
    }
    return true;
}

// A legend entry that stands for no plottable (QCPPlottableLegendItem's layout).
class LineStyleLegendItem : public QCPAbstractLegendItem
{
public:
    LineStyleLegendItem(QCPLegend *legend, const QString &text, const QPen &pen, const QCPScatterStyle &scatter)
        : QCPAbstractLegendItem(legend)
        , m_text(text)
        , m_pen(pen)
        , m_scatter(scatter)
    {
        setSelectable(false);
    }

    QSize minimumOuterSizeHint() const override
    {
        const QSize icon = mParentLegend->iconSize();
        const QRect text = QFontMetrics(mFont).boundingRect(0, 0, 0, icon.height(), Qt::TextDontClip, m_text);
        return QSize(icon.width() + mParentLegend->iconTextPadding() + text.width() + mMargins.left() + mMargins.right(),
                     std::max(text.height(), icon.height()) + mMargins.top() + mMargins.bottom());
    }

protected:
    void draw(QCPPainter *painter) override
    {
        const QSize icon = mParentLegend->iconSize();
        painter->setFont(mFont);
        painter->setPen(QPen(mTextColor));
        const QRect text = painter->fontMetrics().boundingRect(0, 0, 0, icon.height(), Qt::TextDontClip, m_text);
        painter->drawText(mRect.x() + icon.width() + mParentLegend->iconTextPadding(), mRect.y(), text.width(),
                          std::max(text.height(), icon.height()), Qt::TextDontClip, m_text);
        const QRectF iconRect(mRect.topLeft(), icon);
        painter->save();
        painter->setClipRect(iconRect, Qt::IntersectClip);
        painter->setPen(m_pen);
        painter->drawLine(QLineF(iconRect.left(), iconRect.center().y(), iconRect.right(), iconRect.center().y()));
        if (!m_scatter.isNone()) {
            m_scatter.applyTo(painter, m_pen);
            m_scatter.drawShape(painter, iconRect.center());
        }
        painter->restore();
    }

private:
    QString m_text;
    QPen m_pen;
    QCPScatterStyle m_scatter;
};

} // namespace

bool savePlot(QCustomPlot *plot, const QString &path, QString *error)
{
    if (!plot)
        return fail(error, path, PlotExport::tr("there is no plot"));
    const QFileInfo target(path);
    const Format format = formatForSuffix(target.suffix());
    if (format == Format::Unknown)
        return fail(error, path, PlotExport::tr("unknown file type \u201C%1\u201D (use .png, .pdf or .svg)").arg(target.suffix()));
    if (target.isDir())
        return fail(error, path, PlotExport::tr("it is a folder"));
    if (!QFileInfo(target.absolutePath()).isDir())
        return fail(error, path, writeFailureReason(target));

    const QSize size = exportSize(plot);
    QString reason;
    bool ok = false;
    if (format == Format::Svg) {
        ok = saveSvg(plot, target, size, &reason);
    } else {
        const QString temp = siblingTempPath(target);
        if (temp.isEmpty()) {
            reason = writeFailureReason(target);
        } else {
            const bool written = format == Format::Png
                ? plot->savePng(temp, size.width(), size.height(), 2.0)
                : plot->savePdf(temp, size.width(), size.height(), QCP::epAllowCosmetic,
                                QCoreApplication::applicationName(), target.completeBaseName());
            if (!written || QFileInfo(temp).size() <= 0)
                reason = writeFailureReason(target);
            else
                ok = replaceWith(temp, target, &reason);
            if (!ok)
                QFile::remove(temp);
        }
    }
    // Exporting lays the plot out at the export size; lay it out for the screen again.
    plot->replot(QCustomPlot::rpQueuedRefresh);
    return ok ? true : fail(error, path, reason);
}

void savePlotWithDialog(QCustomPlot *plot, QWidget *parent, const QString &suggestedName)
{
    if (!plot)
        return;
    // The folder of the last save in this session, for the next suggestion.
    static QString lastFolder;

    const QStringList filters = {PlotExport::tr("PNG image (*.png)"), PlotExport::tr("PDF document (*.pdf)"),
                                 PlotExport::tr("SVG image (*.svg)")};
    const QStringList suffixes = {QStringLiteral("png"), QStringLiteral("pdf"), QStringLiteral("svg")};

    QString start = suggestedName;
    if (!lastFolder.isEmpty() && QFileInfo(suggestedName).isRelative())
        start = QDir(lastFolder).filePath(suggestedName);
    const int suggestedIndex = suffixes.indexOf(QFileInfo(suggestedName).suffix().toLower());
    QString selectedFilter = filters.at(std::max<qsizetype>(suggestedIndex, 0));

    QString path = QFileDialog::getSaveFileName(parent, PlotExport::tr("Save Plot"), start,
                                                filters.join(QStringLiteral(";;")), &selectedFilter);
    if (path.isEmpty())
        return;
    if (formatForSuffix(QFileInfo(path).suffix()) == Format::Unknown) {
        const qsizetype index = std::max<qsizetype>(filters.indexOf(selectedFilter), 0);
        path += QLatin1Char('.') + suffixes.at(index);
    }
    lastFolder = QFileInfo(path).absolutePath();

    QString error;
    if (!savePlot(plot, path, &error))
        QMessageBox::warning(parent, PlotExport::tr("Save Plot"), error);
}

QToolButton *createToolButton(QWidget *parent, const QString &objectName, const QString &text,
                              const QString &toolTip, const QString &iconName)
{
    auto button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(toolTip);
    if (!iconName.isEmpty()) {
        button->setIcon(QIcon::fromTheme(iconName));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
    return button;
}

QToolButton *createSaveButton(QCustomPlot *plot, QWidget *parent, const QString &objectName,
                              const QString &suggestedName)
{
    auto button = createToolButton(parent, objectName, PlotExport::tr("Save\u2026"),
                                   PlotExport::tr("Save the plot as a PNG, PDF or SVG file"),
                                   QStringLiteral("document-save-as"));
    QObject::connect(button, &QToolButton::clicked, parent,
                     [plot, parent, suggestedName] { savePlotWithDialog(plot, parent, suggestedName); });
    return button;
}

QColor seriesColor(int index)
{
    static const QColor base[] = {
        QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
        QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f),
        QColor(0xbc, 0xbd, 0x22), QColor(0x17, 0xbe, 0xcf)};
    const int n = int(std::size(base));
    QColor color = base[std::max(index, 0) % n];
    const int round = (std::max(index, 0) / n) % 4;
    if (round >= 2) {
        const int hue = color.hsvHue() < 0 ? 0 : (color.hsvHue() + 24) % 360;
        color = QColor::fromHsv(hue, std::max(color.hsvSaturation(), 90), color.value());
    }
    if (round == 1 || round == 3)
        color = color.darker(165);
    return color;
}

void setLogScale(QCPAxis *axis)
{
    axis->setScaleType(QCPAxis::stLogarithmic);
    axis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    axis->setNumberFormat(QStringLiteral("eb"));
    axis->setNumberPrecision(0);
    axis->grid()->setSubGridVisible(true);
}

void moveLegendToRow(QCustomPlot *plot, int row, int wrap)
{
    QCPLegend *legend = plot->legend;
    legend->setVisible(true);
    plot->axisRect()->insetLayout()->take(legend);
    auto legendRow = new QCPLayoutGrid;
    plot->plotLayout()->insertRow(row);
    plot->plotLayout()->addElement(row, 0, legendRow);
    plot->plotLayout()->setRowStretchFactor(row, 0.001);
    // Empty elements either side centre the legend.
    legendRow->addElement(0, 0, new QCPLayoutElement(plot));
    legendRow->addElement(0, 1, legend);
    legendRow->addElement(0, 2, new QCPLayoutElement(plot));
    legendRow->setColumnStretchFactors({1.0, 0.001, 1.0});
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(wrap);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setMargins(QMargins(0, 0, 0, 0));
}

QCPItemText *addPlaceholderText(QCustomPlot *plot, const QString &text)
{
    auto item = new QCPItemText(plot);
    item->position->setType(QCPItemPosition::ptAxisRectRatio);
    item->position->setCoords(0.5, 0.5);
    item->setText(text);
    item->setColor(QColor(0xa0, 0xa0, 0xa0));
    QFont font = plot->font();
    font.setPointSizeF(font.pointSizeF() + 2.0);
    item->setFont(font);
    return item;
}

void addLineStyleLegendItem(QCPLegend *legend, const QString &text, const QPen &pen, const QCPScatterStyle &scatter)
{
    legend->addItem(new LineStyleLegendItem(legend, text, pen, scatter));
}

} // namespace dtr::gui
