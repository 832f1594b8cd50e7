#pragma once

// A thin RAII layer over the SQLite C API, private to core/project. Every failure
// throws dtr::Error naming the database file and the SQLite message.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace dtr {

class SqliteDb;

class SqliteStmt
{
public:
    SqliteStmt(SqliteDb &db, const std::string &sql);
    ~SqliteStmt();
    SqliteStmt(const SqliteStmt &) = delete;
    SqliteStmt &operator=(const SqliteStmt &) = delete;

    SqliteStmt &bind(int index, std::int64_t v);
    SqliteStmt &bind(int index, int v) { return bind(index, static_cast<std::int64_t>(v)); }
    SqliteStmt &bind(int index, double v);
    SqliteStmt &bind(int index, const std::string &v);
    SqliteStmt &bind(int index, const char *v) { return bind(index, std::string(v)); }
    SqliteStmt &bindBlob(int index, const std::string &bytes);
    SqliteStmt &bindNull(int index);
    SqliteStmt &bind(int index, const std::optional<double> &v) { return v ? bind(index, *v) : bindNull(index); }
    SqliteStmt &bind(int index, const std::optional<std::int64_t> &v) { return v ? bind(index, *v) : bindNull(index); }
    SqliteStmt &bind(int index, const std::optional<std::string> &v) { return v ? bind(index, *v) : bindNull(index); }

    // Steps once: true when a row is available.
    bool step();
    // Steps to completion (for statements without results).
    void run();
    void reset();

    bool isNull(int col) const;
    std::int64_t int64(int col) const;
    double real(int col) const;
    std::optional<double> optReal(int col) const;
    std::optional<std::int64_t> optInt64(int col) const;
    std::string text(int col) const;
    std::string blob(int col) const;

private:
    SqliteDb &m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

class SqliteDb
{
public:
    enum class Mode { ReadOnly, ReadWrite, Create };
    SqliteDb(const std::string &path, Mode mode);
    ~SqliteDb();
    SqliteDb(const SqliteDb &) = delete;
    SqliteDb &operator=(const SqliteDb &) = delete;

    void exec(const std::string &sql);
    std::int64_t pragmaInt(const std::string &name);
    std::int64_t lastInsertId() const;
    int changes() const;
    const std::string &path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }
    Mode mode() const { return m_mode; }
    [[noreturn]] void fail(const std::string &what, int rc) const;
    // The one-line message for a failed call: corrupt file, no room to write (disk full,
    // file size limit), busy (another writer held the lock past the busy timeout),
    // read-only, else SQLite's own message; each names the file.
    std::string describeFailure(const std::string &what, int rc, const std::string &msg) const;
    // How long a writer waits for another's transaction: 10 s, or $DTR_BUSY_TIMEOUT_MS.
    static int busyTimeoutMs();

private:
    std::string m_path;
    Mode m_mode;
    int m_busyTimeoutMs = 10000;
    sqlite3 *m_db = nullptr;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back when destroyed without commit().
class SqliteTransaction
{
public:
    explicit SqliteTransaction(SqliteDb &db);
    ~SqliteTransaction();
    void commit();

private:
    SqliteDb &m_db;
    bool m_done = false;
};

} // namespace dtr
