#pragma once

#include <QByteArray>
#include <QString>

namespace lkk::server::billing {

// Finds where a JSON path ("$.bills[3].providers[0].debtEnd") starts in the raw text, so an
// import error can name the line and column: QJsonDocument keeps no positions. A small scanner
// that only skips values, run once per rejected file.
class JsonLocator {
public:
    struct Position {
        int line = 0; // 1-based; 0 = not found
        int column = 0;
    };

    // The value at path; if a member is missing, the deepest object or array that exists.
    static Position locate(const QByteArray& json, const QString& path);
    // Line and column (1-based, columns in characters) of a byte offset.
    static Position positionOf(const QByteArray& json, qsizetype offset);
};

} // namespace lkk::server::billing
