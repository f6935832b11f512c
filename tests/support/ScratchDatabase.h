#pragma once

#include <QString>

namespace lkk::test {

// A throwaway PostgreSQL database on the server of LKK_TEST_DATABASE_URL (whose role has
// CREATEDB), so each test's lkk-server starts on an empty schema. Dropped by drop() or the
// destructor.
class ScratchDatabase {
public:
    ScratchDatabase() = default;
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase&) = delete;
    ScratchDatabase& operator=(const ScratchDatabase&) = delete;

    // Creates a database named PREFIX_<random>; url() then points at it.
    bool create(const QString& prefix, QString* error);
    void drop();

    QString name() const { return m_name; }
    QString url() const { return m_url; }

private:
    // Runs one statement on the administrative connection (LKK_TEST_DATABASE_URL's database).
    bool runAsAdmin(const QString& sql, QString* error) const;

    QString m_name;
    QString m_url;
};

} // namespace lkk::test
