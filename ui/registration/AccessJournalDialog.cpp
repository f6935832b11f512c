#include "ui/registration/AccessJournalDialog.h"

#include "app/registration/AccessJournal.h"
#include "app/session/Session.h"
#include "ui/StyleRole.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {
constexpr int pageSize = 50;
}

AccessJournalDialog::AccessJournalDialog(Session* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new AccessJournalModel(this))
    , m_intro(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_view(new QListView(this))
    , m_empty(new QLabel(this))
    , m_status(new QLabel(this))
    , m_more(new QPushButton(this))
    , m_close(new QPushButton(this)) {
    setObjectName(u"accessJournalDialog"_s);
    resize(760, 460);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(20, 20, 20, 16);
    column->setSpacing(10);
    m_intro->setObjectName(u"accessJournalIntro"_s);
    m_intro->setWordWrap(true);
    setStyleRole(m_intro, StyleRole::Hint);
    column->addWidget(m_intro);

    m_view->setObjectName(u"accessJournalView"_s);
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->setSpacing(4);
    m_view->setResizeMode(QListView::Adjust); // rewrap when the dialog is resized
    m_view->setTextElideMode(Qt::ElideNone);
    m_empty->setObjectName(u"accessJournalEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    setStyleRole(m_empty, StyleRole::Placeholder);
    m_pages->addWidget(m_view);
    m_pages->addWidget(m_empty);
    column->addWidget(m_pages, 1);

    auto* bottom = new QHBoxLayout;
    m_status->setObjectName(u"accessJournalStatus"_s);
    m_status->setWordWrap(true);
    bottom->addWidget(m_status, 1);
    m_more->setObjectName(u"accessJournalMoreButton"_s);
    setStyleRole(m_more, StyleRole::Secondary);
    bottom->addWidget(m_more);
    m_close->setObjectName(u"accessJournalCloseButton"_s);
    m_close->setDefault(true);
    bottom->addWidget(m_close);
    column->addLayout(bottom);

    connect(m_more, &QPushButton::clicked, this, [this] { load(m_model->rowCount()); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    retranslate();
    reload();
}

AccessJournalDialog::~AccessJournalDialog() = default;

QString AccessJournalDialog::statusText() const {
    return m_status->text();
}

bool AccessJournalDialog::isEmptyStateShown() const {
    return m_pages->currentWidget() == m_empty;
}

void AccessJournalDialog::reload() {
    m_model->clear();
    load(0);
}

void AccessJournalDialog::load(int offset) {
    m_loading = true;
    const quint64 generation = ++m_generation;
    showState();
    m_session->authorized(GetAccessJournalOperation{pageSize, offset}, this,
                          [this, generation](Result<AccessJournalPage> result) {
                              if (generation != m_generation)
                                  return; // a newer load replaced this one
                              m_loading = false;
                              if (!result) {
                                  showState(result.error().message);
                                  emit loaded();
                                  return;
                              }
                              m_model->append(result.value());
                              showState();
                              emit loaded();
                          });
}

void AccessJournalDialog::showState(const QString& error) {
    const bool empty = !m_loading && error.isEmpty() && m_model->rowCount() == 0;
    m_pages->setCurrentWidget(empty ? m_empty : static_cast<QWidget*>(m_view));
    m_more->setVisible(m_model->hasMore());
    m_more->setEnabled(!m_loading);
    setStyleRole(m_status, error.isEmpty() ? StyleRole::Hint : StyleRole::FieldError);
    if (!error.isEmpty())
        m_status->setText(tr("Could not load the journal: %1").arg(error));
    else if (m_loading)
        m_status->setText(tr("Loading…"));
    else if (m_model->rowCount() > 0)
        m_status->setText(tr("Shown: %1 of %2").arg(m_model->rowCount()).arg(m_model->total()));
    else
        m_status->clear();
    if (!m_loading && m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(0));
}

void AccessJournalDialog::retranslate() {
    setWindowTitle(tr("Access journal"));
    m_intro->setText(tr("When the contact centre opened your data and what it did on your behalf. Who the "
                        "operator was stays with the utility; ask the contact centre if something here "
                        "surprises you."));
    m_empty->setText(tr("The contact centre has not opened your data."));
    m_more->setText(tr("Show more"));
    m_close->setText(tr("Close"));
    m_view->setAccessibleName(tr("Access journal"));
    showState();
}

void AccessJournalDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace lkk
