// dtr-workbench [MODEL_DIR | PROJECT.dtr]: the DtR Workbench GUI. A project opens the
// model it refers to.

#include "mainwindow.h"
#include "resultsviews.h"
#include "translations.h"

#include "util/io_faults.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStringList>

#include <cstdio>

int main(int argc, char *argv[])
{
    dtr::ignoreFileSizeSignal(); // past ulimit -f a job's write fails with a message, not SIGXFSZ
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("DtR Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(DTR_VERSION));
    QApplication::setOrganizationName(QStringLiteral("DtR"));
    QApplication::setDesktopFileName(QStringLiteral("dtr-workbench"));

    // Before the parser, so --help is translated too. The system locale, unless the
    // user chose a language in Preferences.
    const QLocale locale = dtr::gui::uiLocale();
    QLocale::setDefault(locale);
    dtr::gui::installTranslators(locale);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Distill-then-Replace workbench: explore a Transformer's layers and turn it "
                "into a hybrid of full and linear attention."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("MODEL_DIR"),
        QCoreApplication::translate("main", "A Hugging Face model folder, or a .dtr project to open."),
        QStringLiteral("[MODEL_DIR | PROJECT.dtr]"));
    QCommandLineOption viewOption(
        QStringLiteral("view"),
        QCoreApplication::translate("main", "The view to show first: layer-map, distillation, search, configurations, comparison or orders."),
        QStringLiteral("VIEW"));
    parser.addOption(viewOption);
    QCommandLineOption compareOption(
        QStringLiteral("compare"),
        QCoreApplication::translate("main", "Configurations of the project to compare side by side, separated by semicolons."),
        QStringLiteral("NAMES"));
    parser.addOption(compareOption);
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        const QString message = QCoreApplication::translate(
            "main", "dtr-workbench: expected at most one model folder, got %1.")
                                    .arg(positional.size());
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 2;
    }

    dtr::gui::MainWindow window;
    if (parser.isSet(viewOption) && !window.showView(parser.value(viewOption))) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "dtr-workbench: unknown view %1 (layer-map, distillation, search, configurations, comparison, orders).")
                                    .arg(parser.value(viewOption))));
        return 2;
    }
    if (parser.isSet(compareOption))
        window.results()->compareWhenRead(parser.value(compareOption).split(QLatin1Char(';'), Qt::SkipEmptyParts));
    window.show();
    if (!positional.isEmpty()) {
        const QString target = positional.constFirst();
        // A project opens through the job layer (the jobs dock lists it); a moved model
        // is offered for relocation there.
        if (target.endsWith(QStringLiteral(".dtr")))
            window.openProject(target);
        else
            window.openModel(target);
    }

    return QApplication::exec();
}
