#include "util/io_faults.h"

#include <cerrno>
#include <csignal>
#include <cstring>

namespace dtr {

std::string describeWriteError(int errnum)
{
    switch (errnum) {
    case ENOSPC: return "the disk is full";
    case EFBIG: return "the file size limit was reached";
#ifdef EDQUOT
    case EDQUOT: return "the disk quota is exceeded";
#endif
    case EROFS: return "the file system is read-only";
    case EACCES:
    case EPERM: return "permission denied";
    default: return std::strerror(errnum);
    }
}

bool isNoSpaceError(int errnum)
{
#ifdef EDQUOT
    if (errnum == EDQUOT)
        return true;
#endif
    return errnum == ENOSPC || errnum == EFBIG;
}

void ignoreFileSizeSignal()
{
    std::signal(SIGXFSZ, SIG_IGN);
}

std::string containingFolder(const std::string &path)
{
    const std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
}

} // namespace dtr
