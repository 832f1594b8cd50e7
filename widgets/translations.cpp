#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace dtr::gui {

QTranslator *installTranslators(const QLocale &locale)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return nullptr;

    auto qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    } else {
        delete qtTranslator;
    }

    // The source texts are English; dtr_workbench_en only holds the English plural
    // forms of %n strings, so it is the fallback for every locale without its own file.
    auto translator = new QTranslator(app);
    if (translator->load(locale, QStringLiteral("dtr_workbench"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))
        || translator->load(QStringLiteral("dtr_workbench_en"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
        return translator;
    }
    delete translator;
    return nullptr;
}

QLocale uiLocale()
{
    const QString chosen = QSettings().value(QLatin1String(kLanguageSettingKey)).toString();
    return chosen.isEmpty() ? QLocale() : QLocale(chosen);
}

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ja"), QStringLiteral("zh_CN")};
}

} // namespace dtr::gui
