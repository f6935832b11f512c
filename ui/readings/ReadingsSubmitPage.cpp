#include "ui/readings/ReadingsSubmitPage.h"

#include "app/readings/ReadingRules.h"
#include "app/readings/ReadingsLoader.h"
#include "app/readings/ReadingsOutbox.h"
#include "shared/ErrorCodes.h"
#include "ui/Dialogs.h"
#include "ui/MessageBanner.h"
#include "ui/StyleRole.h"
#include "ui/readings/MeterReadingCard.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

ReadingsSubmitPage::ReadingsSubmitPage(Session* session, ReadingsOutbox* outbox, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_outbox(outbox)
    , m_loader(new ReadingsLoader(session, this))
    , m_back(new QPushButton(this))
    , m_address(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_loadError(new QLabel(this))
    , m_retry(new QPushButton(this))
    , m_windowBanner(new MessageBanner(this))
    , m_cardsHolder(new QWidget(this))
    , m_cardsColumn(new QVBoxLayout(m_cardsHolder))
    , m_empty(new QLabel(this))
    , m_submitAll(new QPushButton(this)) {
    setObjectName(u"readingsSubmitPage"_s);
    m_back->setObjectName(u"readingsBackButton"_s);
    m_back->setFlat(true);
    setStyleRole(m_back, StyleRole::Link);
    m_back->setCursor(Qt::PointingHandCursor);
    m_back->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_address->setObjectName(u"readingsAddress"_s);
    m_address->setWordWrap(true);
    m_busy->setObjectName(u"readingsFormBusy"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(4);
    m_busy->hide();
    m_loadError->setObjectName(u"readingsFormError"_s);
    setStyleRole(m_loadError, StyleRole::FieldError);
    m_loadError->setWordWrap(true);
    m_loadError->hide();
    m_retry->setObjectName(u"readingsFormRetry"_s);
    m_retry->hide();
    m_windowBanner->setObjectName(u"readingsWindowBanner"_s);
    m_windowBanner->setClosable(false);
    m_windowBanner->hide();
    m_cardsColumn->setContentsMargins(0, 0, 0, 0);
    m_cardsColumn->setSpacing(12);
    m_empty->setObjectName(u"readingsNoMeters"_s);
    setStyleRole(m_empty, StyleRole::Placeholder);
    m_empty->setWordWrap(true);
    m_empty->hide();
    m_submitAll->setObjectName(u"submitAllReadingsButton"_s);
    setStyleRole(m_submitAll, StyleRole::Secondary);
    m_submitAll->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_submitAll->hide();

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(10);
    column->addWidget(m_back);
    column->addWidget(m_address);
    column->addWidget(m_busy);
    auto* errorRow = new QHBoxLayout;
    errorRow->addWidget(m_loadError, 1);
    errorRow->addWidget(m_retry);
    column->addLayout(errorRow);
    column->addWidget(m_windowBanner);
    column->addWidget(m_empty);
    column->addWidget(m_cardsHolder);
    column->addWidget(m_submitAll, 0, Qt::AlignLeft);
    column->addStretch(1);

    connect(m_back, &QPushButton::clicked, this, &ReadingsSubmitPage::backRequested);
    connect(m_retry, &QPushButton::clicked, this, &ReadingsSubmitPage::reload);
    connect(m_submitAll, &QPushButton::clicked, this, &ReadingsSubmitPage::submitAll);
    connect(m_loader, &ReadingsLoader::loadingChanged, this, [this] { m_busy->setVisible(m_loader->isLoadingForm()); });
    connect(m_loader, &ReadingsLoader::formLoaded, this, [this](qint64 accountId) {
        if (accountId == m_accountId)
            showForm();
    });
    connect(m_loader, &ReadingsLoader::formFailed, this, [this](qint64 accountId, const ApiError& error) {
        if (accountId != m_accountId)
            return;
        m_loadError->setText(tr("Could not load the meters: %1").arg(error.message));
        m_loadError->show();
        m_retry->show();
    });
    connect(m_outbox, &ReadingsOutbox::entryChanged, this, &ReadingsSubmitPage::onEntryChanged);
    retranslate();
}

ReadingsSubmitPage::~ReadingsSubmitPage() = default;

void ReadingsSubmitPage::setAccount(const AccountSummary& account) {
    m_accountId = account.id;
    m_accountNumber = account.number;
    m_address->setText(account.address);
    retranslate();
    reload();
}

void ReadingsSubmitPage::reload() {
    clearCards();
    m_loadError->hide();
    m_retry->hide();
    m_windowBanner->hide();
    m_empty->hide();
    m_submitAll->hide();
    if (m_accountId != 0)
        m_loader->loadForm(m_accountId);
}

void ReadingsSubmitPage::clearCards() {
    qDeleteAll(m_cards);
    m_cards.clear();
    m_window.reset();
}

void ReadingsSubmitPage::showForm() {
    clearCards();
    const ReadingsForm& form = *m_loader->form();
    m_window = form.window;
    m_windowBanner->showMessage(form.window.open ? MessageBanner::Type::Info : MessageBanner::Type::Warning,
                                form.window.message);
    m_windowBanner->setVisible(!form.window.message.isEmpty());
    QWidget* previous = m_back;
    for (const ReadingsFormMeter& meter : form.meters) {
        auto* card = new MeterReadingCard(meter, form.window, m_cardsHolder);
        m_cardsColumn->addWidget(card);
        m_cards.append(card);
        connect(card, &MeterReadingCard::submitRequested, this, &ReadingsSubmitPage::submitCard);
        // Tab order: the cards in turn, each its zones then its button.
        if (QLineEdit* first = card->zoneEdit(meter.zones.value(0)))
            setTabOrder(previous, first);
        previous = card->submitButton();
        if (const auto entry = m_outbox->latestFor(m_accountId, meter.id);
            entry && entry->state != ReadingsOutbox::State::Accepted) {
            card->setTrackedSubmission(entry->submission.submissionId);
            showEntry(card, entry->submission.submissionId);
        }
    }
    setTabOrder(previous, m_submitAll);
    m_empty->setVisible(form.meters.isEmpty());
    const bool anyAccepts = std::any_of(m_cards.begin(), m_cards.end(), [](auto* c) { return c->accepts(); });
    m_submitAll->setVisible(m_cards.size() > 1);
    m_submitAll->setEnabled(anyAccepts);
    for (MeterReadingCard* card : std::as_const(m_cards)) {
        if (card->accepts()) {
            card->focusFirstZone();
            break;
        }
    }
}

MeterReadingCard* ReadingsSubmitPage::card(qint64 meterId) const {
    for (MeterReadingCard* c : m_cards) {
        if (c->meterId() == meterId)
            return c;
    }
    return nullptr;
}

void ReadingsSubmitPage::submitCard(qint64 meterId) {
    MeterReadingCard* c = card(meterId);
    if (c && m_window)
        send(c, false, false);
}

void ReadingsSubmitPage::submitAll() {
    // Every card with something typed; empty cards are left alone (not every meter every month).
    for (MeterReadingCard* c : std::as_const(m_cards)) {
        if (c->accepts() && c->hasInput())
            send(c, false, false);
    }
}

void ReadingsSubmitPage::send(MeterReadingCard* card, bool confirmRollover, bool confirmHighConsumption) {
    card->clearErrors();
    const ReadingCheck check =
        ReadingRules::check(*m_window, card->meter(), card->inputs(), confirmRollover, confirmHighConsumption);
    if (!check.refusal.isEmpty()) {
        card->setStatus(MeterReadingCard::Status::Error, check.refusal);
        return;
    }
    if (check.hasFormatErrors()) {
        QString first;
        for (const ZoneVerdict& z : check.zones) {
            card->setZoneError(z.zone, z.error);
            if (first.isEmpty() && !z.error.isEmpty())
                first = z.zone;
        }
        card->focusZone(first);
        return;
    }
    // A confirmed warning sends again with its flag: the check then asks for the other one, if any.
    if (check.needsRolloverConfirmation()) {
        confirmThenSend(card, tr("Meter rollover"), check.rolloverText(), true, confirmHighConsumption);
        return;
    }
    if (check.needsHighConsumptionConfirmation()) {
        confirmThenSend(card, tr("High consumption"), check.highConsumptionText(), confirmRollover, true);
        return;
    }
    ReadingSubmission submission;
    submission.accountId = m_accountId;
    submission.meterId = card->meterId();
    submission.values = check.normalizedValues();
    submission.confirmRollover = confirmRollover;
    submission.confirmHighConsumption = confirmHighConsumption;
    submission.reason = m_reason;
    // Track before submit(): the outbox may report the first state change at once.
    card->setTrackedSubmission({});
    const QString id = m_outbox->submit(submission);
    card->setTrackedSubmission(id);
    showEntry(card, id);
    emit submitted(card->meterId(), id);
}

void ReadingsSubmitPage::confirmThenSend(MeterReadingCard* card, const QString& title, const QString& text,
                                         bool confirmRollover, bool confirmHighConsumption) {
    // Enter after a typo must not send it: the default is to correct the reading.
    Dialogs::Question question{title, text, tr("Confirm and submit"), tr("Correct the reading"), QMessageBox::Warning,
                               false};
    // Bound to the card: a reload that replaces the cards drops the question with it.
    Dialogs::confirm(this, question, card, [=, this](bool accepted) {
        if (accepted)
            send(card, confirmRollover, confirmHighConsumption);
    });
}

void ReadingsSubmitPage::onEntryChanged(const QString& submissionId) {
    for (MeterReadingCard* c : std::as_const(m_cards)) {
        if (c->trackedSubmission() == submissionId) {
            showEntry(c, submissionId);
            return;
        }
    }
}

void ReadingsSubmitPage::showEntry(MeterReadingCard* card, const QString& submissionId) {
    const auto entry = m_outbox->entry(submissionId);
    if (!entry)
        return;
    using State = ReadingsOutbox::State;
    switch (entry->state) {
    case State::Sending:
        card->setStatus(MeterReadingCard::Status::Sending, tr("Sending…"));
        break;
    case State::Pending:
        card->setStatus(MeterReadingCard::Status::Pending,
                        tr("Waiting to be sent — it will be submitted when the server is reachable."));
        break;
    case State::Accepted: {
        QString text = tr("Readings submitted successfully.");
        if (entry->result && entry->result->replaced && !entry->result->message.isEmpty())
            text += u' ' + entry->result->message;
        card->setStatus(MeterReadingCard::Status::Accepted, text);
        break;
    }
    case State::Refused: {
        const ApiError error = entry->error.value_or(ApiError{});
        const ReadingSubmission sent = entry->submission;
        // The server saw a warning the form did not (newer data): confirm with its words, resend.
        const bool rollover = error.is(errc::readingBelowPrevious) && !sent.confirmRollover;
        const bool high = error.is(errc::consumptionTooHigh) && !sent.confirmHighConsumption;
        if (rollover || high) {
            card->setStatus(MeterReadingCard::Status::None, {});
            m_outbox->forget(submissionId);
            confirmThenSend(card, rollover ? tr("Meter rollover") : tr("High consumption"), error.message,
                            sent.confirmRollover || rollover, sent.confirmHighConsumption || high);
            return;
        }
        const QString zone = error.field.startsWith(u"values."_s) ? error.field.mid(7) : QString();
        if (!zone.isEmpty() && card->zoneEdit(zone)) {
            card->setStatus(MeterReadingCard::Status::None, {});
            card->setZoneError(zone, error.message);
            card->focusZone(zone);
        } else {
            card->setStatus(MeterReadingCard::Status::Error, error.message);
        }
        break;
    }
    }
}

void ReadingsSubmitPage::retranslate() {
    m_back->setText(tr("‹ Meter readings for personal account %1").arg(m_accountNumber));
    m_retry->setText(tr("Try again"));
    m_empty->setText(tr("This account has no meters to submit readings for."));
    m_submitAll->setText(tr("Submit all"));
}

void ReadingsSubmitPage::keyPressEvent(QKeyEvent* event) {
    // Esc goes back to the account, like «‹ Передача показаний» (pending entries stay in the outbox).
    if (event->key() == Qt::Key_Escape) {
        emit backRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ReadingsSubmitPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lkk
