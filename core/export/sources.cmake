# dtr export: a project's configuration as a Hugging Face folder (docs/export.md). The
# bundled Python files (core/export/python/*.py) are embedded at configure time (edits
# re-run CMake), like the project's migrations.
set(DTR_EXPORT_SOURCES
  export/hf_export.h export/hf_export.cpp export/model_card.cpp
  export/export_job.h export/export_job.cpp
  ${CMAKE_CURRENT_BINARY_DIR}/export_python.cpp
)
set(_dtr_py_files ${CMAKE_CURRENT_SOURCE_DIR}/export/python/modeling_dtr_hybrid.py
                  ${CMAKE_CURRENT_SOURCE_DIR}/export/python/dtr_hybrid_torch.py)
set(_dtr_py_cpp "// Generated from core/export/python/*.py by CMake. Do not edit.\n#include \"export/hf_export.h\"\nnamespace dtr {\nconst std::vector<std::pair<std::string, std::string>> &exportPythonFiles()\n{\n    static const std::vector<std::pair<std::string, std::string>> files = {\n")
foreach(f ${_dtr_py_files})
  if(NOT EXISTS ${f})
    message(FATAL_ERROR "dtr_core: ${f} is missing (bundled with every export)")
  endif()
  get_filename_component(_name ${f} NAME)
  file(READ ${f} _text)
  # Raw string literals have a length limit in some compilers: split into 8 KiB pieces.
  string(LENGTH "${_text}" _len)
  set(_pieces "")
  set(_at 0)
  while(_at LESS _len)
    string(SUBSTRING "${_text}" ${_at} 8000 _piece)
    string(APPEND _pieces "R\"dtrpy(${_piece})dtrpy\" ")
    math(EXPR _at "${_at} + 8000")
  endwhile()
  if(_pieces STREQUAL "")
    set(_pieces "\"\"")
  endif()
  string(APPEND _dtr_py_cpp "        {\"${_name}\", std::string(${_pieces})},\n")
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${f})
endforeach()
string(APPEND _dtr_py_cpp "    };\n    return files;\n}\n} // namespace dtr\n")
file(CONFIGURE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/export_python.cpp CONTENT "${_dtr_py_cpp}" @ONLY)
