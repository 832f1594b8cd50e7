# Orchestration both front ends share: the demo pipeline and its report, hybrids from a
# students file or fresh students.
set(DTR_PIPELINE_SOURCES
  pipeline/demo.h pipeline/demo.cpp
  pipeline/demo_report.h pipeline/demo_report.cpp
  pipeline/hybrid.h pipeline/hybrid.cpp
  pipeline/model_loading.h pipeline/model_loading.cpp
)
