#pragma once

// Shared by the long-running subcommands.

#include <atomic>
#include <string>

// Ctrl-C (SIGINT) and SIGTERM set the returned flag instead of killing the process, so a
// job can stop between steps and keep what it saved. The flag is the one core's long
// operations take as their cancellation token.
const std::atomic<bool> *installInterruptHandler();

// "h:mm:ss", or "?" for a negative or absurd value.
std::string formatDuration(double seconds);
