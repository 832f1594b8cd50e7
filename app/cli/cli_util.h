#pragma once

// Shared by the long-running subcommands: every one runs a core job (core/jobs) with
// Ctrl-C as its cancel token, and ends the same way.

#include "jobs/job.h"
#include "project/project.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

// Runs the job with SIGINT / SIGTERM setting its cancel token (the job stops between
// steps and keeps what it stored). A failed job throws dtr::Error with its message,
// which main prints as the one-line error.
//
// Core's messages name settings ("layers must be at least 1"); `flags` maps the start of
// such a message to the option that sets it, and a failure that starts so is printed as
// "--layers: layers must be at least 1, got 0".
using FlagNames = std::vector<std::pair<std::string, std::string>>; // message start -> option
dtr::JobOutcome runCliJob(dtr::Job &job, const dtr::JobProgressFn &progress = {}, const FlagNames &flags = {});
// The message with its option in front, when a known setting starts it.
// "layer constraints: pinned 0,3; forbidden 5" or "layer constraints: none (every layer free)".
std::string constraintsText(const dtr::LayerConstraints &constraints);
std::string withFlagName(const std::string &message, const FlagNames &flags);

// The one way a cancelled subcommand ends: "dtr: <what> cancelled" on stderr, with
// "; resume with: <command>" when one is given. Returns the exit status 130.
int cancelledExit(const std::string &what, const std::string &resumeCommand = {});

// "h:mm:ss", or "?" for a negative or absurd value.
std::string formatDuration(double seconds);

// "[#####.......]" of done/total, `width` cells.
std::string progressBar(std::int64_t done, std::int64_t total, int width = 24);

// Whether stderr is a terminal (progress lines are redrawn in place there).
bool stderrIsTerminal();
