# Utilities shared by every part: errors, memory-mapped files, JSON helpers.
set(DTR_UTIL_SOURCES
  util/error.h util/error.cpp
  util/mmap_file.h util/mmap_file.cpp
  util/io_faults.h util/io_faults.cpp
  util/partial_folder.h util/partial_folder.cpp
  util/json_util.h util/json_util.cpp
  util/layer_list.h util/layer_list.cpp
  util/utf8.h util/utf8.cpp
  util/documents.h util/documents.cpp
  util/schedule.h
  util/versions.h util/versions.cpp
)
