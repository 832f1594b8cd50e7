#include "displaynames.h"

#include <QCoreApplication>

namespace dtr::gui {

QString mixerLabel(const std::string &mixer)
{
    if (mixer.empty() || mixer == "full_attention")
        return QCoreApplication::translate("dtr::gui::DisplayNames", "Full attention");
    if (mixer == "gdn")
        return QCoreApplication::translate("dtr::gui::DisplayNames", "GDN");
    if (mixer == "gla")
        return QCoreApplication::translate("dtr::gui::DisplayNames", "GLA");
    if (mixer == "jetblock")
        return QCoreApplication::translate("dtr::gui::DisplayNames", "JetBlock");
    if (mixer == "linear")
        return QCoreApplication::translate("dtr::gui::DisplayNames", "Linear");
    return QString::fromStdString(mixer);
}

QString mixerDisplayName(const std::string &mixer)
{
    if (mixer == "full_attention")
        return QCoreApplication::translate("dtr::gui::DisplayNames", "full attention");
    if (mixer == "gla")
        return QCoreApplication::translate("dtr::gui::DisplayNames", "gated linear attention");
    if (mixer == "gdn")
        return QCoreApplication::translate("dtr::gui::DisplayNames", "Gated DeltaNet");
    if (mixer == "jetblock")
        return QCoreApplication::translate("dtr::gui::DisplayNames", "JetBlock");
    if (mixer == "linear")
        return QCoreApplication::translate("dtr::gui::DisplayNames", "linear attention");
    return QString::fromStdString(mixer);
}

QString mixerShortName(const std::string &mixer)
{
    if (mixer == "full_attention")
        return QCoreApplication::translate("dtr::gui::DisplayNames", "Attn", "full attention, short");
    if (mixer == "linear")
        return QCoreApplication::translate("dtr::gui::DisplayNames", "Linear", "linear attention, short");
    if (mixer == "jetblock")
        return QCoreApplication::translate("dtr::gui::DisplayNames", "Jet", "JetBlock, short");
    return QString::fromStdString(mixer).toUpper();
}

QString strategyDisplayName(const QString &strategy)
{
    if (strategy == QLatin1String("greedy"))
        return QCoreApplication::translate("dtr::gui::DisplayNames", "Greedy");
    if (strategy == QLatin1String("uniform"))
        return QCoreApplication::translate("dtr::gui::DisplayNames", "Uniform");
    if (strategy == QLatin1String("random"))
        return QCoreApplication::translate("dtr::gui::DisplayNames", "Random");
    if (strategy == QLatin1String("importance"))
        return QCoreApplication::translate("dtr::gui::DisplayNames", "Importance");
    if (strategy == QLatin1String("distill-loss"))
        return QCoreApplication::translate("dtr::gui::DisplayNames", "Distillation loss");
    return strategy;
}

QString strategyDisplayName(const std::string &strategy)
{
    return strategyDisplayName(QString::fromStdString(strategy));
}

} // namespace dtr::gui
