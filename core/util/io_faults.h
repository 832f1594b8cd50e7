#pragma once

// Faults of the file system as the user should read them: a full disk, a file-size limit
// (ulimit -f / prlimit --fsize), a quota, a read-only file or folder.

#include <string>

namespace dtr {

// The reason for a failed write or create, in words: ENOSPC "the disk is full", EFBIG
// "the file size limit was reached", EDQUOT "the disk quota is exceeded", EROFS "the
// file system is read-only", EACCES/EPERM "permission denied", else strerror().
std::string describeWriteError(int errnum);

// True for the errors describeWriteError() gives its own words to ("no room": ENOSPC,
// EFBIG, EDQUOT).
bool isNoSpaceError(int errnum);

// A process over its file-size limit gets SIGXFSZ, whose default action kills it
// without a word (exit 153). Ignored, the write fails with EFBIG instead, and the job
// that made it reports which file could not grow. Every front end calls this first.
void ignoreFileSizeSignal();

// The folder a file is in ("." for a bare name, "/" for a file at the root): where
// SQLite puts a database's -wal and -shm files, and where writability is checked.
std::string containingFolder(const std::string &path);

} // namespace dtr
