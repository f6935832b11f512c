#include "ui/appeals/FaqDialog.h"

#include "app/api/ApiClient.h"
#include "app/appeals/AppealsOperations.h"
#include "app/appeals/FaqModel.h"
#include "app/registration/ServerSelection.h"
#include "ui/StyleRole.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

FaqDialog::FaqDialog(ApiClient* api, AppSettings* settings, bool signedIn, QWidget* parent)
    : QDialog(parent)
    , m_api(api)
    , m_settings(settings)
    , m_signedIn(signedIn)
    , m_title(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_ask(new QPushButton(this))
    , m_close(new QPushButton(this)) {
    setObjectName(u"faqDialog"_s);
    resize(760, 620);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(24, 20, 24, 20);
    column->setSpacing(8);
    m_title->setObjectName(u"faqTitle"_s);
    setStyleRole(m_title, StyleRole::DialogTitle);
    column->addWidget(m_title);
    m_search->setObjectName(u"faqSearch"_s);
    m_search->setClearButtonEnabled(true);
    column->addWidget(m_search);
    m_status->setObjectName(u"faqStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();
    column->addWidget(m_status);
    m_tabs->setObjectName(u"faqTabs"_s);
    column->addWidget(m_tabs, 1);
    auto* bottom = new QHBoxLayout;
    m_ask->setObjectName(u"faqAskButton"_s);
    setStyleRole(m_ask, StyleRole::Link);
    bottom->addWidget(m_ask);
    bottom->addStretch(1);
    m_close->setObjectName(u"faqCloseButton"_s);
    setStyleRole(m_close, StyleRole::Secondary);
    m_close->setAutoDefault(false);
    bottom->addWidget(m_close);
    column->addLayout(bottom);

    connect(m_search, &QLineEdit::textChanged, this, &FaqDialog::applyFilter);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ask, &QPushButton::clicked, this, [this] {
        if (m_signedIn)
            emit askRequested();
        reject(); // signed out: back to the login window, where one signs in first
    });
    retranslate();
    reload();
    m_search->setFocus();
}

FaqDialog::~FaqDialog() = default;

namespace {
// A question is a link that folds and unfolds its answer: a label, so a long question wraps.
QString questionText(const QString& question, bool expanded) {
    return u"<a href=\"toggle\" style=\"text-decoration: none;\">"_s + (expanded ? u"▾ "_s : u"▸ "_s) +
           question.toHtmlEscaped() + u"</a>"_s;
}
} // namespace

void FaqDialog::setExpanded(int company, int row, bool expanded) {
    QScrollArea* page = m_pages.value(company);
    if (!page)
        return;
    const auto questions = page->widget()->findChildren<QLabel*>(u"faqQuestion"_s);
    const auto answers = page->widget()->findChildren<QLabel*>(u"faqAnswer"_s);
    if (row < 0 || row >= questions.size())
        return;
    answers.at(row)->setVisible(expanded);
    questions.at(row)->setText(questionText(m_models.at(company)->index(row, 0).data().toString(), expanded));
    questions.at(row)->setAccessibleDescription(answers.at(row)->isVisible() ? answers.at(row)->text() : QString());
}

bool FaqDialog::isExpanded(int company, int row) const {
    QScrollArea* page = m_pages.value(company);
    if (!page)
        return false;
    const auto answers = page->widget()->findChildren<QLabel*>(u"faqAnswer"_s);
    return row >= 0 && row < answers.size() && !answers.at(row)->isHidden();
}

FaqModel* FaqDialog::model(int company) const {
    return m_models.value(company);
}

QString FaqDialog::statusText() const {
    return m_status->isVisible() ? m_status->text() : QString();
}

void FaqDialog::reload() {
    m_error.clear();
    if (m_settings) {
        if (const auto problem = applyConfiguredServer(m_api, m_settings)) {
            m_error = problem->message;
            applyFilter();
            return;
        }
    }
    m_status->setText(tr("Loading…"));
    m_status->show();
    m_api->call(GetFaqOperation{}, {}, this, [this](Result<Faq> result) {
        if (result) {
            showFaq(result.value());
        } else {
            m_error = tr("Could not load the questions and answers: %1").arg(result.error().message);
            applyFilter();
        }
        emit loaded();
    });
}

void FaqDialog::showFaq(const Faq& faq) {
    m_loaded = true;
    m_companies = faq.companies;
    m_tabs->clear();
    qDeleteAll(m_pages);
    m_pages.clear();
    m_models.clear();
    for (const FaqCompany& company : faq.companies) {
        auto* page = new QScrollArea(m_tabs);
        page->setObjectName(u"faqPage_"_s + company.code);
        page->setWidgetResizable(true);
        page->setFrameShape(QFrame::NoFrame);
        auto* model = new FaqModel(page);
        model->setQuestions(company.questions);
        m_tabs->addTab(page, company.name);
        m_pages.append(page);
        m_models.append(model);
        const int index = static_cast<int>(m_pages.size()) - 1;
        connect(model, &QAbstractItemModel::modelReset, this, [this, index] { rebuildPage(index); });
        rebuildPage(index);
    }
    applyFilter();
}

void FaqDialog::rebuildPage(int company) {
    QScrollArea* page = m_pages.at(company);
    FaqModel* model = m_models.at(company);
    auto* list = new QWidget;
    list->setObjectName(u"faqList"_s);
    auto* column = new QVBoxLayout(list);
    column->setContentsMargins(8, 8, 8, 8);
    column->setSpacing(2);
    const bool searching = !model->filter().trimmed().isEmpty();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex question = model->index(row, 0);
        auto* button = new QLabel(list);
        button->setObjectName(u"faqQuestion"_s);
        button->setTextFormat(Qt::RichText);
        button->setWordWrap(true);
        button->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setCursor(Qt::PointingHandCursor);
        auto* answer = new QLabel(model->index(0, 0, question).data().toString(), list);
        answer->setObjectName(u"faqAnswer"_s);
        answer->setTextFormat(Qt::PlainText);
        answer->setWordWrap(true);
        answer->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        answer->setContentsMargins(20, 2, 8, 10);
        // What was searched for may be in an answer: found questions come unfolded.
        answer->setVisible(searching);
        button->setText(questionText(question.data().toString(), searching));
        connect(button, &QLabel::linkActivated, this,
                [this, company, row, answer] { setExpanded(company, row, answer->isHidden()); });
        column->addWidget(button);
        column->addWidget(answer);
    }
    column->addStretch(1);
    page->setWidget(list); // deletes the previous list
}

void FaqDialog::applyFilter() {
    int found = 0;
    const QString filter = m_search->text();
    for (int i = 0; i < m_models.size(); ++i) {
        m_models.at(i)->setFilter(filter);
        const int rows = m_models.at(i)->rowCount();
        found += rows;
        const FaqCompany& company = m_companies.at(i);
        m_tabs->setTabText(i, filter.trimmed().isEmpty() ? company.name : tr("%1 (%2)").arg(company.name).arg(rows));
    }
    QString text = m_error;
    const bool error = !text.isEmpty();
    if (!error && m_loaded && m_companies.isEmpty())
        text = tr("There are no questions and answers yet.");
    else if (!error && m_loaded && found == 0)
        text = tr("Nothing was found for «%1». Try other words, or ask the utility.").arg(filter.trimmed());
    setStyleRole(m_status, error ? StyleRole::FieldError : StyleRole::Hint);
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void FaqDialog::retranslate() {
    setWindowTitle(tr("Questions and answers"));
    m_title->setText(tr("Questions and answers"));
    m_search->setPlaceholderText(tr("Search the questions and answers"));
    m_search->setAccessibleName(tr("Search"));
    m_ask->setText(m_signedIn ? tr("Did not find the answer? Ask a question")
                              : tr("Did not find the answer? Sign in and ask a question"));
    m_close->setText(tr("Close"));
    if (m_loaded)
        applyFilter();
}

void FaqDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace lkk
