#pragma once

// The fields of a validated form: each editor with its error line below it (red, hidden
// while empty), added to a QFormLayout in order. Shared by the views' settings forms.

#include <QString>

#include <utility>
#include <vector>

QT_BEGIN_NAMESPACE
class QFormLayout;
class QLabel;
class QWidget;
QT_END_NAMESPACE

namespace dtr::gui {

class FormFields
{
public:
    // Wraps `editor` with its error line (object name key + "Error"); returns the wrapper.
    QWidget *add(const QString &label, QWidget *editor, const QString &key);
    // Adds every field added so far to `layout` as a labelled row.
    void addRowsTo(QFormLayout *layout) const;
    void setError(const QString &key, const QString &message);
    void clearErrors();

private:
    std::vector<std::pair<QString, QLabel *>> m_errors;
};

} // namespace dtr::gui
