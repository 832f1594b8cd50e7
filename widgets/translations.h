#pragma once

#include <QLocale>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QTranslator;
QT_END_NAMESPACE

namespace dtr::gui {

// Installs translators for `locale` on the running QCoreApplication (which owns them):
// Qt's own qtbase_*.qm from the Qt installation when present, and the workbench's
// translation embedded under :/i18n (for locales without one, the English file that
// holds the plural forms). Returns the workbench translator, or nullptr if none loaded.
QTranslator *installTranslators(const QLocale &locale = QLocale());

// The language the user chose in Preferences (QSettings "ui/language": "de", "ja",
// "zh_CN", "en"), or the system locale when none was chosen.
QLocale uiLocale();
// The key and stored value of that choice ("" = follow the system).
inline constexpr const char *kLanguageSettingKey = "ui/language";
// The languages the workbench is translated into, as locale names ("en" first).
QStringList availableLanguages();

} // namespace dtr::gui
