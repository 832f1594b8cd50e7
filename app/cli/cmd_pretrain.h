#pragma once

#include "pretrain/pretrain_types.h"

#include <CLI/CLI.hpp>

// `dtr pretrain --corpus FILE... --out DIR ...`: trains a small Llama model from scratch
// (and its byte-level BPE tokenizer, unless --tokenizer is given) and writes a Hugging
// Face folder. A progress line on the terminal; Ctrl-C stops after the current step and
// still writes the model. With --evaluate MODEL_DIR nothing is trained: the model's
// held-out loss, the unigram baseline and the --check-task accuracies are printed.
class PretrainCommand
{
public:
    explicit PretrainCommand(CLI::App &app);
    bool selected() const { return m_cmd->parsed(); }
    int run();

private:
    CLI::App *m_cmd;
    std::string m_evaluate;
    bool m_force = false;
    dtr::PretrainSettings m_s;
};
