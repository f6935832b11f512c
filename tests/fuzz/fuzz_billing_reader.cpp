// libFuzzer target for what reads every billing file `lkk-server import` loads (docs/billing-import.md
// §9) before the database sees it: JsonStreamReader walking the file as the importer does, and
// EntityReader checking each header member and array element on its own. The input is the file.
// Its promises are checked on every input: the reader stops with a status, a message and a place
// in the file, and every problem an entity has says what and where.
#include "server/billing/EntityReader.h"
#include "server/billing/JsonStreamReader.h"

#include <QBuffer>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace lkk::server::billing;
using namespace Qt::StringLiterals;

namespace {

void check(bool condition, const char* what) {
    if (!condition) {
        std::fprintf(stderr, "the billing file reader broke a promise: %s\n", what);
        std::abort();
    }
}

// name: the top-level member; index: the element's, -1 for a header member.
void readEntity(const QByteArray& name, int index, const JsonTree& tree) {
    FirstProblem problem;
    QString path = u"$."_s + QString::fromUtf8(name);
    if (index >= 0)
        path += u'[' + QString::number(index) + u']';
    EntityReader reader(problem, tree, path);
    FileHeader header;
    if (name == "format")
        reader.format(&header);
    else if (name == "version")
        reader.version(&header);
    else if (name == "generatedAt")
        reader.generatedAt(&header);
    else if (name == "periodUpTo")
        reader.periodUpTo(&header);
    else if (name == "source")
        reader.source(&header);
    else if (name == "providers")
        reader.provider();
    else if (name == "tariffs")
        reader.tariff();
    else if (name == "accounts")
        reader.account();
    else if (name == "contracts")
        reader.contract();
    else if (name == "meters")
        reader.meter();
    else if (name == "readings")
        reader.reading();
    else if (name == "bills")
        reader.bill();
    else if (name == "payments")
        reader.payment();
    if (problem.error) {
        check(!problem.error->code.isEmpty() && !problem.error->message.isEmpty(), "a problem without code or message");
        check(problem.error->path.startsWith(path), "a problem outside the entity");
        const TextPosition at = tree.locate(QStringView(problem.error->path).mid(path.size()));
        check(at.line > 0 && at.column > 0, "a problem that cannot be located");
    }
}

bool isArray(const QByteArray& name) {
    for (const char* array :
         {"providers", "tariffs", "accounts", "contracts", "meters", "readings", "bills", "payments"}) {
        if (name == array)
            return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QBuffer file(&bytes);
    file.open(QIODevice::ReadOnly);
    JsonStreamReader reader(file, 4096); // a small buffer: values cross its refills
    QByteArray name;
    if (reader.enterObject()) {
        while (reader.nextMember(&name)) {
            JsonTree tree;
            if (isArray(name) && reader.peekValue() == '[') {
                if (!reader.enterArray())
                    break;
                for (int i = 0; reader.nextElement() && reader.readValue(&tree, 1 << 20); ++i)
                    readEntity(name, i, tree);
            } else if (!reader.readValue(&tree, 64 << 10)) {
                break;
            } else {
                readEntity(name, -1, tree);
            }
            if (!reader.ok())
                break;
        }
        if (reader.ok())
            reader.finish();
    }
    if (!reader.ok()) {
        check(!reader.errorMessage().isEmpty(), "a stop without a message");
        check(reader.status() == JsonStreamReader::Status::TooLarge || reader.errorPosition().line > 0,
              "malformed input without a place");
    }
    return 0;
}
