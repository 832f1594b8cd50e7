# Mixers: the token-mixer interface, linear-attention kernels and modules, the mixer
# registry and students files (paths relative to core/).
set(DTR_MIXERS_SOURCES
  mixers/mixer.h
  mixers/options.h
  mixers/kernels.h mixers/kernels.cpp
  mixers/gated_norm.h mixers/gated_norm.cpp
  mixers/gated_deltanet.h mixers/gated_deltanet.cpp
  mixers/gla.h mixers/gla.cpp
  mixers/registry.h mixers/registry.cpp
  mixers/students.h mixers/students.cpp
)
