#pragma once

#include <string>
#include <vector>

namespace dtr {

// One schema step: applying `sql` to a file at version `version - 1` brings it to
// `version`. Generated from core/project/migrations/NNNN_*.sql.
struct Migration
{
    int version;
    const char *file;
    const char *sql;
};

const std::vector<Migration> &projectMigrations();

} // namespace dtr
