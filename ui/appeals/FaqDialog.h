#pragma once

#include "app/appeals/AppealDtos.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTabWidget;

namespace lkk {

class ApiClient;
class AppSettings;
class FaqModel;

// «Вопросы и ответы» (docs/manual.md §12): a tab per company, its questions that unfold to their
// answers (wrapped labels, so a long answer reads whole), a search box that filters all tabs as you type (case and ё/е
// ignored), and «Не нашли ответ? Задайте вопрос». Needs no sign-in: GET /faq is public, so the login window opens it
// too (then `settings` gives the server to ask, and the link says to sign in first).
class FaqDialog : public QDialog {
    Q_OBJECT
public:
    FaqDialog(ApiClient* api, AppSettings* settings, bool signedIn, QWidget* parent = nullptr);
    ~FaqDialog() override;

    void reload();
    QLineEdit* searchEdit() const { return m_search; }
    QTabWidget* tabs() const { return m_tabs; }
    FaqModel* model(int company) const;
    // Unfolds (or folds) the answer of the question in `row` of the company's filtered list.
    void setExpanded(int company, int row, bool expanded);
    bool isExpanded(int company, int row) const;
    QPushButton* askButton() const { return m_ask; }
    bool isLoaded() const { return m_loaded; }
    QString statusText() const;

signals:
    void askRequested(); // «Задайте вопрос» (signed in)
    void loaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void showFaq(const Faq& faq);
    void applyFilter();
    void rebuildPage(int company);
    void retranslate();

    ApiClient* m_api;
    AppSettings* m_settings;
    bool m_signedIn;
    bool m_loaded = false;
    QString m_error;
    QLabel* m_title;
    QLineEdit* m_search;
    QLabel* m_status;
    QTabWidget* m_tabs;
    QList<FaqModel*> m_models;
    QList<QScrollArea*> m_pages; // one per company: its questions as buttons, answers under them
    QList<FaqCompany> m_companies;
    QPushButton* m_ask;
    QPushButton* m_close;
};

} // namespace lkk
