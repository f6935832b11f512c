#pragma once

#include <QList>
#include <QString>

// The parsed, checked content of one lkk-faq file (docs/faq-import.md).
namespace lkk::server::faq {

// A text in Russian and, optionally, English ("" = none: the Russian one is shown).
struct LocalText {
    QString ru;
    QString en;
};

struct Question {
    QString id; // the file's key, unique within the company
    LocalText question;
    LocalText answer;
};

struct Company {
    QString code; // "tes", "trts": one tab of «Вопросы и ответы»
    LocalText name;
    QString contactPhone; // "" = none
    QList<Question> questions;
};

struct FaqFile {
    QList<Company> companies; // in the file's order: the order of the tabs
    int questionCount() const;
};

} // namespace lkk::server::faq
