# The project file: all SQL of the engine lives here. Migrations are numbered .sql files
# embedded into the library at configure time (edits re-run CMake).
set(DTR_PROJECT_SOURCES
  project/sqlite.h project/sqlite.cpp
  project/model_hash.h project/model_hash.cpp
  project/project.h project/project.cpp project/project_records.cpp project/json_columns.h
  project/project_summary.h project/project_summary.cpp
  project/configuration_names.h project/configuration_names.cpp
  project/configuration_catalog.h project/configuration_catalog.cpp
  ${CMAKE_CURRENT_BINARY_DIR}/project_migrations.cpp
)
file(GLOB _dtr_migrations ${CMAKE_CURRENT_SOURCE_DIR}/project/migrations/[0-9][0-9][0-9][0-9]_*.sql)
list(SORT _dtr_migrations)
set(_dtr_mig_cpp "// Generated from core/project/migrations/*.sql by CMake. Do not edit.\n#include \"project/migrations.h\"\nnamespace dtr {\nconst std::vector<Migration> &projectMigrations()\n{\n    static const std::vector<Migration> m = {\n")
foreach(f ${_dtr_migrations})
  get_filename_component(_name ${f} NAME)
  string(SUBSTRING ${_name} 0 4 _num)
  math(EXPR _ver "${_num} + 0")
  file(READ ${f} _sql)
  string(APPEND _dtr_mig_cpp "        {${_ver}, \"${_name}\", R\"dtrsql(${_sql})dtrsql\"},\n")
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${f})
endforeach()
string(APPEND _dtr_mig_cpp "    };\n    return m;\n}\n} // namespace dtr\n")
file(CONFIGURE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/project_migrations.cpp CONTENT "${_dtr_mig_cpp}" @ONLY)
list(APPEND DTR_PROJECT_SOURCES project/migrations.h)
