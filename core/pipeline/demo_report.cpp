#include "pipeline/demo_report.h"

#include "search/order_correlation.h"

#include <cmath>
#include <cstdio>
#include <optional>

namespace dtr {

namespace {

std::string fmt(double v, const char *format = "%.2f")
{
    char buf[32];
    std::snprintf(buf, sizeof buf, format, v);
    return buf;
}

std::string fmtTau(const std::optional<double> &tau)
{
    return tau ? fmt(*tau) : "n/a";
}

struct Mean
{
    double sum = 0;
    int n = 0;
    void add(const std::optional<double> &v)
    {
        if (v) {
            sum += *v;
            ++n;
        }
    }
    std::optional<double> value() const { return n ? std::optional<double>(sum / n) : std::nullopt; }
};

nlohmann::json tauJson(const std::optional<double> &tau)
{
    return tau ? nlohmann::json(*tau) : nlohmann::json(nullptr);
}

} // namespace

nlohmann::json writeOrderComparison(std::ostream &md, const nlohmann::json &results, const std::vector<std::string> &tasks,
                                    const std::vector<std::string> &mixers)
{
    const std::int64_t L = results.at("layers").get<std::int64_t>();
    auto greedy = [&](const std::string &task, const std::string &mixer) -> const nlohmann::json & {
        return results.at("tasks").at(task).at(mixer).at("greedy");
    };
    auto order = [&](const std::string &task, const std::string &mixer) {
        return greedy(task, mixer).at("order").get<std::vector<std::int64_t>>();
    };
    nlohmann::json out;
    Mean acrossMixers, acrossTasks;

    md << "## Replacement orders across mixers and tasks\n\n"
       << "Kendall's tau-b between greedy replacement orders (a layer's rank is the round that replaced it; "
       << "1 is the same order, 0 unrelated, -1 reversed). With " << L << " layers each tau rests on " << L * (L - 1) / 2
       << " pairs of layers.\n\n";

    if (mixers.size() >= 2) {
        md << "Between mixers on the same task:\n\n| task |";
        std::vector<std::pair<std::string, std::string>> pairs;
        for (std::size_t a = 0; a < mixers.size(); ++a)
            for (std::size_t b = a + 1; b < mixers.size(); ++b)
                pairs.emplace_back(mixers[a], mixers[b]);
        for (const auto &[a, b] : pairs)
            md << " " << a << " vs " << b << " |";
        md << "\n| --- |";
        for (std::size_t i = 0; i < pairs.size(); ++i)
            md << " ---: |";
        md << "\n";
        for (const auto &task : tasks) {
            md << "| " << task << " |";
            for (const auto &[a, b] : pairs) {
                const auto tau = orderCorrelation(order(task, a), order(task, b), L);
                acrossMixers.add(tau);
                out["between_mixers"][task][a + " vs " + b] = tauJson(tau);
                md << " " << fmtTau(tau) << " |";
            }
            md << "\n";
        }
        md << "\n";
    }
    if (tasks.size() >= 2) {
        md << "Between tasks on the same mixer:\n\n| mixer |";
        std::vector<std::pair<std::string, std::string>> pairs;
        for (std::size_t a = 0; a < tasks.size(); ++a)
            for (std::size_t b = a + 1; b < tasks.size(); ++b)
                pairs.emplace_back(tasks[a], tasks[b]);
        for (const auto &[a, b] : pairs)
            md << " " << a << " vs " << b << " |";
        md << "\n| --- |";
        for (std::size_t i = 0; i < pairs.size(); ++i)
            md << " ---: |";
        md << "\n";
        for (const auto &mixer : mixers) {
            md << "| " << mixer << " |";
            for (const auto &[a, b] : pairs) {
                const auto tau = orderCorrelation(order(a, mixer), order(b, mixer), L);
                acrossTasks.add(tau);
                out["between_tasks"][mixer][a + " vs " + b] = tauJson(tau);
                md << " " << fmtTau(tau) << " |";
            }
            md << "\n";
        }
        md << "\n";
    }
    out["mean_between_mixers"] = tauJson(acrossMixers.value());
    out["mean_between_tasks"] = tauJson(acrossTasks.value());
    if (acrossMixers.value() && acrossTasks.value()) {
        const double m = *acrossMixers.value(), t = *acrossTasks.value();
        md << "Mean tau between mixers on the same task " << fmt(m) << "; between tasks on the same mixer " << fmt(t)
           << ". The paper's finding (orders depend on the task, hardly on the mixer) predicts the first above the "
           << "second: " << (m > t ? "it is here." : "it is not here.") << "\n\n";
    }

    md << "Layers replaced at the 5% tolerance (M_opt: the most linear layers still at or above P_min) and their "
          "test score, per mixer:\n\n| mixer |";
    for (const auto &task : tasks)
        md << " " << task << " |";
    md << " mean layers |\n| --- |";
    for (std::size_t i = 0; i <= tasks.size(); ++i)
        md << " ---: |";
    md << "\n";
    for (const auto &mixer : mixers) {
        md << "| " << mixer << " |";
        double layers = 0;
        for (const auto &task : tasks) {
            const auto &opt = greedy(task, mixer).at("opt");
            const auto n = static_cast<std::int64_t>(opt.at("linear").size());
            const auto &test = opt.at("test");
            layers += double(n);
            out["per_mixer"][mixer][task] = {{"layers_replaced", n}, {"test", test}};
            md << " " << n << " (test " << (test.is_number() && !std::isnan(test.get<double>()) ? fmt(test.get<double>(), "%.3f") : "-") << ") |";
        }
        const double meanLayers = tasks.empty() ? 0.0 : layers / double(tasks.size());
        out["per_mixer"][mixer]["mean_layers_replaced"] = meanLayers;
        md << " " << fmt(meanLayers, "%.1f") << " |\n";
    }
    md << "\n";
    return out;
}

} // namespace dtr
