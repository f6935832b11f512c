#pragma once

#include <QMessageBox>
#include <QString>
#include <functional>

class QObject;
class QWidget;

namespace lkk {

// Every message box and file dialog of the client goes through here. They are shown window-modal
// with open(), never exec(): a nested event loop inside a page that the shell deletes meanwhile
// (an expired session closes the main window) would return into a deleted object. The answer
// comes through a callback bound to `context`; when `context` is destroyed first (the page went
// away), the dialog closes without calling it.
//
// Tests preset the next answer instead of clicking (KeePassXC's MessageBox::setNextAnswer and
// setNextFileName): the dialog is then not shown and the callback runs before the call returns.
class Dialogs {
public:
    struct Question {
        QString title;
        QString text;
        QString acceptText; // the button that goes on («Отключить», «Подтвердить и передать»)
        QString rejectText; // the button that does not
        QMessageBox::Icon icon = QMessageBox::Question;
        bool acceptIsDefault = true; // false: Enter picks the harmless answer
    };
    static void confirm(QWidget* parent, const Question& question, QObject* context,
                        std::function<void(bool accepted)> answered);

    struct FileRequest {
        QString caption;
        QString path;   // the file or folder offered first
        QString filter; // "Certificates (*.pem *.crt);;All files (*)"
    };
    // `chosen` gets the path, or an empty string when the dialog was cancelled.
    static void openFileName(QWidget* parent, const FileRequest& request, QObject* context,
                             std::function<void(const QString& path)> chosen);
    static void saveFileName(QWidget* parent, const FileRequest& request, QObject* context,
                             std::function<void(const QString& path)> chosen);

    // Test presets, used once each: the next confirm() answers `accepted`; the next file dialog
    // chooses `path` (empty = cancelled).
    static void setNextAnswer(bool accepted);
    static void setNextFileName(const QString& path);
    // What the last confirm() or file dialog asked (preset or shown): title and text, or caption
    // and the path offered. Tests check the wording with it.
    struct Asked {
        QString title;
        QString text;
    };
    static Asked lastAsked();
    static void resetForTesting(); // forgets unused presets and lastAsked()
};

} // namespace lkk
