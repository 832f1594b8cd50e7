#pragma once

// The translated names every view shows for the project's mixer and strategy ids, so a
// mixer or a strategy reads the same in the layer map, the search, configurations,
// comparison and orders views. The ids themselves ("gdn", "greedy", ...) stay as they are
// in stored data, CSV and configuration names (core/project/configuration_names.h).

#include <QString>

#include <string>

namespace dtr::gui {

// The mixer as a word in a list or a title: "GDN", "GLA", "JetBlock", "Full attention"
// (also for an empty id), "Linear"; an unknown id as it is.
QString mixerLabel(const std::string &mixer);
// What the mixer is, for a legend or a tooltip: "full attention", "Gated DeltaNet",
// "gated linear attention", "JetBlock", "linear attention".
QString mixerDisplayName(const std::string &mixer);
// A layer-map cell's label: "Attn", "GDN", "GLA", "Jet", "Linear".
QString mixerShortName(const std::string &mixer);
// A search's strategy: "Greedy", "Uniform", "Random", "Importance", "Distillation loss";
// an unknown id as it is.
QString strategyDisplayName(const QString &strategy);
QString strategyDisplayName(const std::string &strategy);

} // namespace dtr::gui
