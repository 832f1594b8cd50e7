#include "exportdialog.h"

#include "jobrunner.h"

#include "export/export_job.h"

#include <QCoreApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace dtr::gui {

namespace {

std::string fileName(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

} // namespace

ExportDialog::ExportDialog(const QString &projectPath, const QString &configuration, QWidget *parent)
    : QDialog(parent)
    , m_projectPath(projectPath)
    , m_configuration(configuration)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export a configuration"));

    auto layout = new QVBoxLayout(this);
    auto form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto name = new QLabel(configuration, this);
    name->setObjectName(QStringLiteral("exportConfiguration"));
    name->setTextFormat(Qt::PlainText);
    name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Configuration:"), name);

    auto folderBox = new QWidget(this);
    auto folderRow = new QHBoxLayout(folderBox);
    folderRow->setContentsMargins(0, 0, 0, 0);
    m_folder = new QLineEdit(folderBox);
    m_folder->setObjectName(QStringLiteral("exportFolder"));
    m_folder->setClearButtonEnabled(true);
    m_folder->setPlaceholderText(tr("a new folder: the export creates it"));
    m_folder->setToolTip(tr("The folder to write (config.json, weights, tokenizer, model card); it must not exist yet"));
    m_folder->setMinimumWidth(360);
    auto browse = new QToolButton(folderBox);
    browse->setObjectName(QStringLiteral("exportBrowse"));
    browse->setText(tr("Browse\u2026"));
    browse->setToolTip(tr("Choose the folder to export into; a new folder named after the configuration is made in it"));
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    form->addRow(tr("&Folder:"), folderBox);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("exportError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();
    form->addRow(QString(), m_error);

    m_dtype = new QComboBox(this);
    m_dtype->setObjectName(QStringLiteral("exportDtype"));
    m_dtype->addItem(tr("float32 (as trained)"), QStringLiteral("float32"));
    m_dtype->addItem(tr("bfloat16 (half the size)"), QStringLiteral("bfloat16"));
    m_dtype->addItem(tr("float16 (half the size)"), QStringLiteral("float16"));
    m_dtype->setToolTip(tr("The type the weights are stored in"));
    form->addRow(tr("&Weights:"), m_dtype);
    layout->addLayout(form);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("exportResult"));
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    layout->addWidget(m_result);

    auto buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportStart"));
    m_export->setDefault(true);
    m_open = buttons->addButton(tr("&Open folder"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("exportOpen"));
    m_open->hide();
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("exportCancel"));
    layout->addWidget(buttons);

    connect(browse, &QToolButton::clicked, this, &ExportDialog::browse);
    connect(m_folder, &QLineEdit::textChanged, this, [this] {
        if (!isRunning())
            setError(QString());
    });
    connect(m_folder, &QLineEdit::editingFinished, this, [this] {
        if (!isRunning() && !m_folder->text().trimmed().isEmpty())
            validate();
    });
    connect(m_export, &QPushButton::clicked, this, [this] { startExport(); });
    connect(m_open, &QPushButton::clicked, this, &ExportDialog::openFolder);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::reject);
    updateButtons();
}

ExportDialog::~ExportDialog() = default; // the runner (a child) cancels and waits

QString ExportDialog::folderNameFor(const QString &configuration)
{
    QString s = configuration.toLower();
    s.replace(QRegularExpression(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption),
              QStringLiteral("-"));
    s.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return s.isEmpty() ? QStringLiteral("export") : s;
}

void ExportDialog::setFolder(const QString &folder)
{
    m_folder->setText(folder);
}

QString ExportDialog::folder() const
{
    return m_folder->text().trimmed();
}

void ExportDialog::setDtype(const QString &dtype)
{
    const int i = m_dtype->findData(dtype);
    if (i >= 0)
        m_dtype->setCurrentIndex(i);
}

QString ExportDialog::dtype() const
{
    return m_dtype->currentData().toString();
}

QString ExportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ExportDialog::setError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void ExportDialog::browse()
{
    const QString current = folder();
    const QString start = current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export into"), start);
    if (dir.isEmpty())
        return;
    QString target = QDir(dir).filePath(folderNameFor(m_configuration));
    // A free name: "name", "name-2", "name-3", ...
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(dir).filePath(folderNameFor(m_configuration) + QStringLiteral("-%1").arg(n));
    m_folder->setText(QDir::toNativeSeparators(target));
    validate();
}

bool ExportDialog::validate()
{
    const QString path = folder();
    if (path.isEmpty()) {
        setError(tr("Choose the folder to export into."));
        return false;
    }
    const QFileInfo info(path);
    if (info.exists()) {
        setError(tr("%1 already exists: the export writes a new folder. Choose another name.")
                     .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
        return false;
    }
    const QFileInfo parent(info.absolutePath());
    if (!parent.isDir()) {
        setError(tr("%1 is not a folder: the new folder is made inside an existing one.")
                     .arg(QDir::toNativeSeparators(parent.absoluteFilePath())));
        return false;
    }
    setError(QString());
    return true;
}

bool ExportDialog::startExport()
{
    if (isRunning() || !validate())
        return false;
    dtr::ExportSettings s;
    s.projectPath = fileName(m_projectPath);
    s.configuration = m_configuration.toStdString();
    s.outDir = fileName(QFileInfo(folder()).absoluteFilePath());
    s.dtype = dtype().toStdString();
    s.toolVersion = QCoreApplication::applicationVersion().toStdString();
    m_resultPath.clear();
    m_result->hide();
    m_open->hide();
    setError(QString());
    auto runner = new JobRunner(std::make_unique<dtr::ExportJob>(s), this);
    m_runner = runner;
    connect(runner, &JobRunner::progressed, this, &ExportDialog::onProgress);
    connect(runner, &JobRunner::finished, this, &ExportDialog::onFinished);
    m_progress->setRange(0, 0); // loading: no total yet
    m_progress->show();
    m_status->setText(tr("Loading the configuration and its students\u2026"));
    m_status->show();
    runner->start();
    updateButtons();
    return true;
}

void ExportDialog::cancel()
{
    if (m_runner)
        m_runner->cancel();
}

bool ExportDialog::isRunning() const
{
    return m_runner && !m_runner->isFinished();
}

void ExportDialog::onProgress(const dtr::JobProgress &p)
{
    if (p.phase == "write" && p.total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(static_cast<int>(1000.0 * static_cast<double>(p.done) / static_cast<double>(p.total)));
        m_status->setText(tr("Writing the weights: %1 of %2 MB")
                              .arg(static_cast<double>(p.done) / 1e6, 0, 'f', 1)
                              .arg(static_cast<double>(p.total) / 1e6, 0, 'f', 1));
    }
}

void ExportDialog::onFinished(const dtr::JobOutcome &outcome)
{
    JobRunner *runner = m_runner;
    m_runner.clear();
    if (runner)
        runner->deleteLater();
    m_progress->hide();
    switch (outcome.status) {
    case dtr::JobStatus::Completed:
        m_resultPath = QFile::decodeName(QByteArray::fromStdString(outcome.result.value("path", std::string())));
        m_status->setText(tr("Exported \u201c%1\u201d (%2).").arg(m_configuration, dtype()));
        m_result->setText(QDir::toNativeSeparators(m_resultPath));
        m_result->show();
        m_open->show();
        Q_EMIT exportFinished(m_resultPath);
        break;
    case dtr::JobStatus::Cancelled:
        m_status->setText(tr("Cancelled: nothing was written under the folder's name."));
        Q_EMIT exportFailed(m_status->text());
        break;
    case dtr::JobStatus::Failed: {
        const QString error = QString::fromStdString(outcome.error);
        m_status->hide();
        setError(tr("The export failed: %1").arg(error));
        Q_EMIT exportFailed(error);
        break;
    }
    }
    updateButtons();
    if (m_closeWhenDone)
        QDialog::reject();
}

void ExportDialog::openFolder()
{
    if (!m_resultPath.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_resultPath));
}

void ExportDialog::reject()
{
    if (isRunning()) {
        // Closing while it runs: cancel, and close once the job has ended.
        m_closeWhenDone = true;
        m_status->setText(tr("Cancelling\u2026"));
        cancel();
        return;
    }
    QDialog::reject();
}

void ExportDialog::updateButtons()
{
    const bool running = isRunning();
    m_export->setEnabled(!running);
    m_folder->setEnabled(!running);
    m_dtype->setEnabled(!running);
    m_cancel->setText(running ? tr("Cancel") : (m_resultPath.isEmpty() ? tr("Cancel") : tr("Close")));
    m_cancel->setToolTip(running ? tr("Stop the export; nothing is left under the folder's name") : QString());
}

} // namespace dtr::gui
