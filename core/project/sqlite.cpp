#include "project/sqlite.h"

#include "util/error.h"

#include <sqlite3.h>

namespace dtr {

SqliteDb::SqliteDb(const std::string &path, Mode mode)
    : m_path(path)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    int rc = sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string msg = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw Error(path + ": cannot open: " + msg);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 10000);
}

SqliteDb::~SqliteDb()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

void SqliteDb::fail(const std::string &what, int rc) const
{
    std::string msg = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
    if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB)
        throw Error(m_path + ": corrupt or truncated project file (" + msg + ")");
    throw Error(m_path + ": " + what + ": " + msg);
}

void SqliteDb::exec(const std::string &sql)
{
    char *err = nullptr;
    int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string msg = err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB)
            throw Error(m_path + ": corrupt or truncated project file (" + msg + ")");
        throw Error(m_path + ": " + msg);
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
