# CTest translations_complete: every shipped translation (German, Japanese, Simplified
# Chinese) has a finished entry for every string of the current sources. A copy of each
# .ts file is brought up to date with lupdate (as the update_translations target does),
# then must hold no unfinished entry.
#   cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P tests/check_translations.cmake
cmake_minimum_required(VERSION 3.21)
file(GLOB sources ${SOURCE_DIR}/widgets/*.cpp ${SOURCE_DIR}/widgets/*.h ${SOURCE_DIR}/app/gui/main.cpp)
file(MAKE_DIRECTORY ${WORK_DIR})
set(problems "")
foreach(lang de ja zh_CN)
  set(ts ${SOURCE_DIR}/translations/dtr_workbench_${lang}.ts)
  set(copy ${WORK_DIR}/dtr_workbench_${lang}.ts)
  configure_file(${ts} ${copy} COPYONLY)
  execute_process(COMMAND ${LUPDATE} -no-obsolete -locations none -source-language en ${sources} -ts ${copy}
                  RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    string(APPEND problems "lupdate failed on ${ts}: ${err}\n")
    continue()
  endif()
  file(STRINGS ${copy} unfinished REGEX "type=\"unfinished\"")
  list(LENGTH unfinished n)
  if(n GREATER 0)
    string(APPEND problems "translations/dtr_workbench_${lang}.ts: ${n} unfinished or missing entries "
                           "(run the update_translations target, then translate them)\n")
  endif()
endforeach()
if(problems)
  message(FATAL_ERROR "${problems}")
endif()
message(STATUS "translations complete: de, ja, zh_CN")
