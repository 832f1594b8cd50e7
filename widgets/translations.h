#pragma once

#include <QLocale>

QT_BEGIN_NAMESPACE
class QTranslator;
QT_END_NAMESPACE

namespace dtr::gui {

// Installs translators for `locale` on the running QCoreApplication (which owns them):
// Qt's own qtbase_*.qm from the Qt installation when present, and the workbench's
// translation embedded under :/i18n (for locales without one, the English file that
// holds the plural forms). Returns the workbench translator, or nullptr if none loaded.
QTranslator *installTranslators(const QLocale &locale = QLocale());

} // namespace dtr::gui
