#include "project/sqlite.h"

#include "util/error.h"
#include "util/io_faults.h"

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <sqlite3.h>

namespace dtr {

namespace {

// Why a write to the database (or its -wal file) found no room, as an errno, or 0 when
// it does not look like that. SQLite's own system errno is not reliable here (it is
// read after later calls may have set errno), so the limits are looked at directly: a
// file-size limit the file has reached, or a file system with (almost) no space left.
int noRoomCause(const std::string &path, int sysErrno)
{
    if (isNoSpaceError(sysErrno))
        return sysErrno;
    struct rlimit rl {};
    if (::getrlimit(RLIMIT_FSIZE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) {
        for (const std::string &f : {path, path + "-wal", path + "-journal"}) {
            struct stat st {};
            if (::stat(f.c_str(), &st) == 0 && static_cast<rlim_t>(st.st_size) + 65536 >= rl.rlim_cur)
                return EFBIG;
        }
    }
    struct statvfs vfs {};
    if (::statvfs(containingFolder(path).c_str(), &vfs) == 0 && static_cast<unsigned long long>(vfs.f_bavail) * vfs.f_frsize < (1ull << 20))
        return ENOSPC;
    return 0;
}

// "file:" URI of a path (RFC 3986 percent-encoding of everything but unreserved
// characters and '/').
std::string fileUri(const std::string &path)
{
    static const char *hex = "0123456789ABCDEF";
    std::string out = "file:";
    for (unsigned char c : path) {
        if (std::isalnum(c) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

} // namespace

int SqliteDb::busyTimeoutMs()
{
    if (const char *env = std::getenv("DTR_BUSY_TIMEOUT_MS")) {
        char *end = nullptr;
        const long v = std::strtol(env, &end, 10);
        if (end != env && *end == '\0' && v >= 0 && v <= 3600000)
            return static_cast<int>(v);
    }
    return 10000;
}

SqliteDb::SqliteDb(const std::string &path, Mode mode)
    : m_path(path)
    , m_mode(mode)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    // A WAL database read where its folder may not be written and no -shm file exists
    // (a read-only folder, or a user who may only read): SQLite cannot create the
    // shared-memory index and refuses even to read. Opened immutable instead, as a
    // snapshot: no one can be writing it through WAL either, as a writer would need
    // that same -shm file.
    std::string name = path;
    struct stat shm {};
    if (mode == Mode::ReadOnly && ::access(containingFolder(path).c_str(), W_OK) != 0 && ::stat((path + "-shm").c_str(), &shm) != 0) {
        name = fileUri(path) + "?immutable=1";
        flags |= SQLITE_OPEN_URI;
    }
    int rc = sqlite3_open_v2(name.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string msg = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw Error(path + ": cannot open: " + msg);
    }
    sqlite3_extended_result_codes(m_db, 1);
    m_busyTimeoutMs = busyTimeoutMs();
    sqlite3_busy_timeout(m_db, m_busyTimeoutMs);
}

SqliteDb::~SqliteDb()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

void SqliteDb::fail(const std::string &what, int rc) const
{
    throw Error(describeFailure(what, rc, m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc)));
}

std::string SqliteDb::describeFailure(const std::string &what, int rc, const std::string &msg) const
{
    const int primary = rc & 0xff;
    const int sysErrno = m_db ? sqlite3_system_errno(m_db) : 0;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        return m_path + ": corrupt or truncated project file (" + msg + ")";
    // A write that found no room: SQLITE_FULL (ENOSPC, or a write cut short by the file
    // size limit) or an I/O error whose system error is ENOSPC/EFBIG/EDQUOT.
    if (primary == SQLITE_FULL || primary == SQLITE_IOERR) {
        if (const int cause = noRoomCause(m_path, sysErrno); cause != 0 || primary == SQLITE_FULL)
            return m_path + ": cannot write the project file: " + describeWriteError(cause != 0 ? cause : ENOSPC)
                   + " (" + what + "); everything stored before is intact";
    }
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
        char seconds[32];
        std::snprintf(seconds, sizeof seconds, "%.1f", m_busyTimeoutMs / 1000.0);
        return m_path + ": busy: another process (dtr or the workbench) is writing the project and did not "
               "finish within " + seconds + " s; try again when it has finished (" + what + ")";
    }
    if (primary == SQLITE_READONLY)
        return m_path + ": the project file cannot be written here (" + what + ": " + msg + "); nothing was changed";
    if (primary == SQLITE_IOERR && sysErrno != 0)
        return m_path + ": " + what + ": I/O error: " + describeWriteError(sysErrno);
    return m_path + ": " + what + ": " + msg;
}

void SqliteDb::exec(const std::string &sql)
{
    char *err = nullptr;
    int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string msg = err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        throw Error(describeFailure("'" + sql.substr(0, 40) + "'", rc, msg));
    }
}

std::int64_t SqliteDb::pragmaInt(const std::string &name)
{
    SqliteStmt st(*this, "PRAGMA " + name);
    if (!st.step())
        throw Error(m_path + ": PRAGMA " + name + " returned nothing");
    return st.int64(0);
}

std::int64_t SqliteDb::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDb::changes() const
{
    return sqlite3_changes(m_db);
}

SqliteStmt::SqliteStmt(SqliteDb &db, const std::string &sql)
    : m_db(db)
{
    int rc = sqlite3_prepare_v2(db.handle(), sql.c_str(), -1, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        db.fail("cannot prepare '" + sql.substr(0, 60) + "'", rc);
}

SqliteStmt::~SqliteStmt()
{
    sqlite3_finalize(m_stmt);
}

SqliteStmt &SqliteStmt::bind(int index, std::int64_t v)
{
    sqlite3_bind_int64(m_stmt, index, v);
    return *this;
}

SqliteStmt &SqliteStmt::bind(int index, double v)
{
    sqlite3_bind_double(m_stmt, index, v);
    return *this;
}

SqliteStmt &SqliteStmt::bind(int index, const std::string &v)
{
    sqlite3_bind_text(m_stmt, index, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStmt &SqliteStmt::bindBlob(int index, const std::string &bytes)
{
    sqlite3_bind_blob64(m_stmt, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
    return *this;
}

SqliteStmt &SqliteStmt::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool SqliteStmt::step()
{
    int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_db.fail("query failed", rc);
}

void SqliteStmt::run()
{
    while (step()) {
    }
}

void SqliteStmt::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool SqliteStmt::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

std::int64_t SqliteStmt::int64(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double SqliteStmt::real(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

std::optional<double> SqliteStmt::optReal(int col) const
{
    return isNull(col) ? std::nullopt : std::optional<double>(real(col));
}

std::optional<std::int64_t> SqliteStmt::optInt64(int col) const
{
    return isNull(col) ? std::nullopt : std::optional<std::int64_t>(int64(col));
}

std::string SqliteStmt::text(int col) const
{
    const unsigned char *p = sqlite3_column_text(m_stmt, col);
    return p ? std::string(reinterpret_cast<const char *>(p), static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, col)))
             : std::string();
}

std::string SqliteStmt::blob(int col) const
{
    const void *p = sqlite3_column_blob(m_stmt, col);
    return p ? std::string(static_cast<const char *>(p), static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, col)))
             : std::string();
}

SqliteTransaction::SqliteTransaction(SqliteDb &db)
    : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

SqliteTransaction::~SqliteTransaction()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (...) {
        }
    }
}

void SqliteTransaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace dtr
