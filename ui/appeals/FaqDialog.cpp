#include "ui/appeals/FaqDialog.h"

#include "app/api/ApiClient.h"
#include "app/appeals/AppealsOperations.h"
#include "app/appeals/FaqModel.h"
#include "app/registration/ServerSelection.h"
#include "ui/StyleRole.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeView>
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

QTreeView* FaqDialog::view(int company) const {
    return m_views.value(company);
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
    qDeleteAll(m_views);
    m_views.clear();
    m_models.clear();
    for (const FaqCompany& company : faq.companies) {
        auto* view = new QTreeView(m_tabs);
        view->setObjectName(u"faqTree_"_s + company.code);
        view->setProperty("faqTree", true);
        auto* model = new FaqModel(view);
        model->setQuestions(company.questions);
        view->setModel(model);
        view->setHeaderHidden(true);
        view->setWordWrap(true);
        view->setUniformRowHeights(false);
        view->setExpandsOnDoubleClick(false);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->header()->setStretchLastSection(true);
        // A click on a question unfolds its answer; another folds it again.
        connect(view, &QTreeView::clicked, view, [view](const QModelIndex& index) {
            if (!index.parent().isValid())
                view->setExpanded(index, !view->isExpanded(index));
        });
        m_tabs->addTab(view, company.name);
        m_views.append(view);
        m_models.append(model);
    }
    applyFilter();
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
        if (!filter.trimmed().isEmpty())
            m_views.at(i)->expandAll(); // what was searched for is in the answers
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
