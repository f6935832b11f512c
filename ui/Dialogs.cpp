#include "ui/Dialogs.h"

#include <QFileDialog>
#include <QPushButton>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {

struct Presets {
    std::optional<bool> answer;
    std::optional<QString> fileName;
    Dialogs::Asked lastAsked;
};

Presets& presets() {
    static Presets p;
    return p;
}

// The dialog goes with `context`; `finished` reaches `done` only while `context` lives (a dialog
// deleted with its parent emits nothing).
void openBoundTo(QDialog* dialog, QObject* context, std::function<void()> done) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    QObject::connect(context, &QObject::destroyed, dialog, &QObject::deleteLater);
    QObject::connect(dialog, &QDialog::finished, context, std::move(done));
    dialog->open();
}

void chooseFile(QWidget* parent, const Dialogs::FileRequest& request, QObject* context,
                std::function<void(const QString&)> chosen, QFileDialog::AcceptMode mode) {
    presets().lastAsked = {request.caption, request.path};
    if (auto preset = std::exchange(presets().fileName, std::nullopt)) {
        chosen(*preset);
        return;
    }
    auto* dialog = new QFileDialog(parent, request.caption, request.path, request.filter);
    dialog->setObjectName(u"fileDialog"_s);
    dialog->setAcceptMode(mode);
    dialog->setFileMode(mode == QFileDialog::AcceptOpen ? QFileDialog::ExistingFile : QFileDialog::AnyFile);
    openBoundTo(dialog, context, [dialog, chosen = std::move(chosen)] {
        chosen(dialog->result() == QDialog::Accepted ? dialog->selectedFiles().value(0) : QString());
    });
}

} // namespace

void Dialogs::confirm(QWidget* parent, const Question& question, QObject* context,
                      std::function<void(bool accepted)> answered) {
    presets().lastAsked = {question.title, question.text};
    if (auto preset = std::exchange(presets().answer, std::nullopt)) {
        answered(*preset);
        return;
    }
    auto* box = new QMessageBox(question.icon, question.title, question.text, QMessageBox::NoButton, parent);
    box->setObjectName(u"confirmationBox"_s);
    QPushButton* accept = box->addButton(question.acceptText, QMessageBox::AcceptRole);
    accept->setObjectName(u"confirmAcceptButton"_s);
    QPushButton* reject = box->addButton(question.rejectText, QMessageBox::RejectRole);
    reject->setObjectName(u"confirmRejectButton"_s);
    box->setDefaultButton(question.acceptIsDefault ? accept : reject);
    box->setEscapeButton(reject);
    openBoundTo(box, context,
                [box, accept, answered = std::move(answered)] { answered(box->clickedButton() == accept); });
}

void Dialogs::openFileName(QWidget* parent, const FileRequest& request, QObject* context,
                           std::function<void(const QString& path)> chosen) {
    chooseFile(parent, request, context, std::move(chosen), QFileDialog::AcceptOpen);
}

void Dialogs::saveFileName(QWidget* parent, const FileRequest& request, QObject* context,
                           std::function<void(const QString& path)> chosen) {
    chooseFile(parent, request, context, std::move(chosen), QFileDialog::AcceptSave);
}

void Dialogs::setNextAnswer(bool accepted) {
    presets().answer = accepted;
}

void Dialogs::setNextFileName(const QString& path) {
    presets().fileName = path;
}

Dialogs::Asked Dialogs::lastAsked() {
    return presets().lastAsked;
}

void Dialogs::resetForTesting() {
    presets() = {};
}

} // namespace lkk
