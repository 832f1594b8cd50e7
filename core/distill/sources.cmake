# Blockwise local distillation (stage 1): calibration data and the trainer.
set(DTR_DISTILL_SOURCES
  distill/calibration.h distill/calibration.cpp
  distill/calibration_documents.h distill/calibration_documents.cpp
  distill/distill_types.h distill/distill_types.cpp
  distill/run_students.h distill/run_students.cpp
  distill/distill.h distill/distill.cpp
)
