#pragma once

// Edit > Preferences: the interface language (the system's, or one of the translations),
// kept in QSettings and applied at the next start.

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
QT_END_NAMESPACE

namespace dtr::gui {

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // "" (the system's) or a locale name such as "de".
    QString language() const;
    void setLanguage(const QString &language);
    // Stores the choice (QSettings); true when it differs from what was stored.
    bool apply();

private:
    QComboBox *m_language = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace dtr::gui
