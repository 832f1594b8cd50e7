// Fuzz target: a task file (JSONL of multiple-choice, language-modelling or generation
// examples; loadTask), and the metrics of the task it makes.

#include "fuzz_util.h"

#include "search/tasks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace dtr::fuzz;
    const std::string path = scratchDir() + "/task.jsonl";
    writeFile(path, bytesOf(data, size));
    try {
        const dtr::Task task = dtr::loadTask(path);
        if (task.examples.empty())
            std::abort();
        for (const std::string &m : dtr::metricNames(task.kind))
            (void)dtr::metricInfo(task, m);
        (void)dtr::metricInfo(task, dtr::defaultMetric(task.kind));
    } catch (const dtr::Error &) {
    }
    return 0;
}
