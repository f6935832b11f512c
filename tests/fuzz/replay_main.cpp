// Runs a libFuzzer target over files and directories of inputs without libFuzzer: the main build
// replays the committed corpus this way under its own sanitizers (tests/server/CMakeLists.txt).
// usage: replay [FILE|DIR]… (default: the corpus compiled in as LKK_FUZZ_CORPUS)
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char* argv[]) {
    int inputs = 0;
    const auto run = [&inputs](const QString& path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return false;
        }
        const QByteArray data = file.readAll();
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(data.constData()), size_t(data.size()));
        ++inputs;
        return true;
    };
    QStringList paths;
    for (int i = 1; i < argc; ++i)
        paths << QString::fromLocal8Bit(argv[i]);
#ifdef LKK_FUZZ_CORPUS
    if (paths.isEmpty())
        paths << QStringLiteral(LKK_FUZZ_CORPUS);
#endif
    for (const QString& path : std::as_const(paths)) {
        if (!QFileInfo(path).isDir()) {
            if (!run(path))
                return 1;
            continue;
        }
        QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            if (!run(it.next()))
                return 1;
        }
    }
    std::printf("replayed %d inputs\n", inputs);
    return inputs > 0 ? 0 : 1;
}
