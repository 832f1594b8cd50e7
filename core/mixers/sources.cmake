# Mixers: the token-mixer interface, linear-attention kernels and modules, the mixer
# registry and students files (paths relative to core/).
set(DTR_MIXERS_SOURCES
  mixers/options.h
  mixers/kernels.h mixers/kernels.cpp
  mixers/conv_loops.h mixers/conv_loops.cpp
  mixers/gated_norm.h mixers/gated_norm.cpp
  mixers/gated_deltanet.h mixers/gated_deltanet.cpp
  mixers/gdn_step.h mixers/gdn_step.cpp
  mixers/gla.h mixers/gla.cpp
  mixers/dynamic_conv.h mixers/dynamic_conv.cpp
  mixers/jetblock.h mixers/jetblock.cpp
  mixers/registry.h mixers/registry.cpp mixers/mixer_list.h
  mixers/exported_model.h mixers/exported_model.cpp
  mixers/students.h mixers/students.cpp
  mixers/students_metadata.h mixers/students_metadata.cpp
)
# Plain loops without LibTorch, built with -O3 so they vectorise (-O2 does not, here);
# no torch PCH for this file (it needs none, and the PCH's flags are -O2).
set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/conv_loops.cpp ${CMAKE_CURRENT_LIST_DIR}/gdn_step.cpp PROPERTIES
  COMPILE_OPTIONS "-O3" SKIP_PRECOMPILE_HEADERS ON)
