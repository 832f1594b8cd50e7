# Pretraining a small model from scratch: corpus reading, byte-level BPE training, the trainer.
set(DTR_PRETRAIN_SOURCES
  pretrain/corpus.h pretrain/corpus.cpp
  pretrain/bpe_trainer.h pretrain/bpe_trainer.cpp
  pretrain/pretrain_types.h
  pretrain/pretrain.h pretrain/pretrain.cpp
  pretrain/hf_model.cpp pretrain/measure.cpp pretrain/write_text.h
)
