#pragma once

// Exports one configuration of a project as a Hugging Face folder (core/export): the
// folder (a new one: the export refuses an existing folder, and the dialog says so before
// it starts), the weights' dtype, then Export runs the job on the dialog's own worker
// with a progress bar and Cancel. On success it shows the folder and offers to open it;
// on failure, the job's message.

#include <QDialog>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
QT_END_NAMESPACE

namespace dtr {
struct JobOutcome;
struct JobProgress;
}

namespace dtr::gui {

class JobRunner;

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const QString &projectPath, const QString &configuration, QWidget *parent = nullptr);
    ~ExportDialog() override;

    QString configuration() const { return m_configuration; }
    void setFolder(const QString &folder);
    QString folder() const;
    // "float32", "bfloat16" or "float16".
    void setDtype(const QString &dtype);
    QString dtype() const;

    // Checks the folder (shown inline); false where it cannot be exported into.
    bool validate();
    // Starts the export (false: refused, the reason shown inline).
    bool startExport();
    void cancel();
    bool isRunning() const;
    // The exported folder, once an export succeeded.
    QString resultPath() const { return m_resultPath; }
    // The error line's text (the folder check or the job's error).
    QString errorText() const;

    // A folder name from a configuration name ("recall · GDN · greedy · best (4 linear)"
    // -> "recall-gdn-greedy-best-4-linear").
    static QString folderNameFor(const QString &configuration);

Q_SIGNALS:
    void exportFinished(const QString &path);
    void exportFailed(const QString &error);

public Q_SLOTS:
    void reject() override;

private:
    void browse();
    void openFolder();
    void onProgress(const dtr::JobProgress &progress);
    void onFinished(const dtr::JobOutcome &outcome);
    void updateButtons();
    void setError(const QString &text);

    QString m_projectPath, m_configuration;
    QLineEdit *m_folder = nullptr;
    QComboBox *m_dtype = nullptr;
    QLabel *m_error = nullptr, *m_status = nullptr, *m_result = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_export = nullptr, *m_cancel = nullptr, *m_open = nullptr;
    QPointer<JobRunner> m_runner;
    QString m_resultPath;
    bool m_closeWhenDone = false;
};

} // namespace dtr::gui
