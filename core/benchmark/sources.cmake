# dtr bench: speed and memory per context of a model, an export or a configuration.
set(DTR_BENCHMARK_SOURCES
  benchmark/benchmark.h benchmark/benchmark.cpp
  benchmark/layer_costs.h benchmark/layer_costs.cpp
)
