// Precompiled header for LibTorch translation units. Never include Qt here.
#pragma once
#include <torch/torch.h>
