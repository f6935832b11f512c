#pragma once

#include "server/billing/BillingData.h"
#include "server/billing/JsonStreamReader.h"

namespace lkk::server::billing {

// Keeps the first problem only: the importer reports one, precisely. Paths only; the importer
// finds the line and column from the path.
class FirstProblem {
public:
    void fail(const QString& path, const QString& code, const QString& message) {
        if (!error)
            error = ImportError{path, code, message, 0, 0};
    }
    bool ok() const { return !error.has_value(); }
    std::optional<ImportError> error;
};

// The header of a file (docs/billing-import.md §2): read field by field as the members arrive.
struct FileHeader {
    QString format, generatedAt, periodUpTo, source;
    std::optional<qint64> version;
    qint64 generatedAtMs = 0; // UTC milliseconds, for ordering files
};

// Reads one entity of an lkk-billing file (§3) from its JSON: shape, formats, ranges and the
// rules that need nothing but the entity itself (§4 rules 1–4 are BillingRules', they need the
// references resolved first). Each function records the first problem in `problem`.
class EntityReader {
public:
    EntityReader(FirstProblem& problem, const JsonTree& tree, const QString& path)
        : m_problem(problem)
        , m_tree(tree)
        , m_path(path) {}

    // Header members, each a value of its own.
    void format(FileHeader* header);
    void version(FileHeader* header);
    void generatedAt(FileHeader* header);
    void periodUpTo(FileHeader* header);
    void source(FileHeader* header);

    Provider provider();
    Tariff tariff();
    Account account();
    Contract contract();
    Meter meter();
    Reading reading();
    Bill bill();
    Payment payment();

private:
    class Fields;
    BillLine line(int node, const QString& path);

    FirstProblem& m_problem;
    const JsonTree& m_tree;
    const QString& m_path;
};

} // namespace lkk::server::billing
