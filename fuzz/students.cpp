// Fuzz target: a students file (a .safetensors file of trained linear mixers with its
// __metadata__; core/mixers/students.h), checked against the tiny Llama fixture's
// config (DTR_FUZZ_STUDENTS_CONFIG). The libFuzzer build (torch-free) runs the header
// and metadata checks (mixers/students_metadata.h) on every entry; the replay of the
// normal build (DTR_FUZZ_WITH_TORCH) runs the whole loader, studentsFromBytes, which
// also builds each mixer and reads and checks every tensor, as the legacy one-student
// format too (legacyLayer 0).

#include "fuzz_util.h"

#include "model/config.h"
#include "model/safetensors.h"
#include "util/json_util.h"
#ifdef DTR_FUZZ_WITH_TORCH
#include "mixers/students.h"
#else
#include "mixers/students_metadata.h"
#endif

#ifndef DTR_FUZZ_STUDENTS_CONFIG
#error "DTR_FUZZ_STUDENTS_CONFIG: the config.json the students are checked against"
#endif

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const dtr::ModelConfig config = [] {
        const std::string path = DTR_FUZZ_STUDENTS_CONFIG;
        return dtr::parseModelConfig(dtr::readFileWithLimit(path, 1 << 20, "config"), path);
    }();
    const std::string bytes = dtr::fuzz::bytesOf(data, size);
    const std::string source = "students.safetensors";
#ifdef DTR_FUZZ_WITH_TORCH
    for (std::int64_t legacyLayer : {std::int64_t(-1), std::int64_t(0)}) {
        try {
            const dtr::StudentSet set = dtr::studentsFromBytes(bytes, config, source, legacyLayer);
            for (const auto &[layer, mixer] : set.students)
                if (layer < 0 || layer >= config.numLayers || !mixer)
                    std::abort();
        } catch (const dtr::Error &) {
        }
    }
#else
    try {
        auto file = dtr::SafetensorsFile::fromBytes(bytes, source);
        dtr::checkStudentsHeader(file->metadata(), config, source);
        const nlohmann::json students = dtr::studentsEntries(file->metadata(), source);
        for (auto it = students.begin(); it != students.end(); ++it) {
            const dtr::StudentEntry e = dtr::parseStudentEntry(it.key(), it.value(), &config, source + ": layer");
            if (e.layer < 0 || e.layer >= config.numLayers || !e.options.is_object())
                std::abort();
            for (const auto &p : e.options.items())
                (void)file->find("model.layers." + std::to_string(e.layer) + ".linear_attn." + p.key());
        }
    } catch (const dtr::Error &) {
    }
#endif
    return 0;
}
