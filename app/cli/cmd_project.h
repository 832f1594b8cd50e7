#pragma once

#include <CLI/CLI.hpp>

// `dtr project create|show|relocate|constraints`: registered on the app, run after parsing.
class ProjectCommands
{
public:
    explicit ProjectCommands(CLI::App &app);
    bool selected() const { return m_project->parsed(); }
    int run();

private:
    CLI::App *m_project, *m_create, *m_show, *m_relocate, *m_constraints;
    std::string m_path, m_model, m_pin, m_forbid;
    bool m_json = false, m_clear = false;
};
