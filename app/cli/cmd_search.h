#pragma once

#include "search/search_types.h"

#include <CLI/CLI.hpp>

// `dtr search PROJECT.dtr --val FILE ...`: greedy layer replacement (or a placement
// baseline), printing each round; Ctrl-C stops between candidates (resume with
// --resume SEARCH_ID).
class SearchCommand
{
public:
    explicit SearchCommand(CLI::App &app);
    bool selected() const { return m_cmd->parsed(); }
    int run();

private:
    CLI::App *m_cmd;
    std::string m_project, m_pin, m_forbid;
    std::int64_t m_students = 0, m_maxLinear = -1, m_resume = 0;
    bool m_naive = false, m_json = false;
    dtr::SearchSettings m_s;
};

// `dtr eval PROJECT.dtr --config NAME --task FILE`: scores a saved configuration.
class EvalCommand
{
public:
    explicit EvalCommand(CLI::App &app);
    bool selected() const { return m_cmd->parsed(); }
    int run();

private:
    CLI::App *m_cmd;
    std::string m_project;
    bool m_json = false;
    dtr::EvalRequest m_r;
};
