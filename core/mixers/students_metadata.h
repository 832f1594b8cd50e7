#pragma once

// The torch-free half of reading a students file (mixers/students.h): the checks of its
// __metadata__ against the model and the parsing of the "students" entries. The
// students loader builds each entry's mixer afterwards; the fuzz target of students
// files (fuzz/students.cpp) drives these without LibTorch.

#include "model/config.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <string>

namespace dtr {

// Format, version, the teacher's hidden size and attention geometry. Throws dtr::Error
// naming `path` and the __metadata__ field.
void checkStudentsHeader(const std::map<std::string, std::string> &meta, const ModelConfig &config,
                         const std::string &path);

// __metadata__ field "students" as a JSON object; dtr::Error naming `path` otherwise.
nlohmann::json studentsEntries(const std::map<std::string, std::string> &meta, const std::string &path);

struct StudentEntry
{
    std::int64_t layer = -1;
    std::string mixer;                                   // registry name
    nlohmann::json options = nlohmann::json::object();  // a JSON object
    std::string init = "file";
};

// One entry of "students" ("<layer>": {"mixer": NAME, "options": {...}, "init": "..."}):
// a layer index inside the model (when config is given), a mixer name, options that are
// an object and an init that is a string. `where` names the entry in errors.
StudentEntry parseStudentEntry(const std::string &key, const nlohmann::json &entry, const ModelConfig *config,
                               const std::string &where);

} // namespace dtr
