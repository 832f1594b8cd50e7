# The model engine: safetensors, config.json, the causal LM, generation.
set(DTR_MODEL_SOURCES
  model/dtype.h model/dtype.cpp
  model/safetensors.h model/safetensors.cpp
  model/tensor_io.h model/tensor_io.cpp
  model/config.h model/config.cpp
  model/model_summary.h model/model_summary.cpp
  model/batched_matmul.h model/batched_matmul.cpp
  model/mixer.h
  model/transformer.h model/transformer.cpp
  model/generate.h model/generate.cpp
  model/runtime.h model/runtime.cpp
)
