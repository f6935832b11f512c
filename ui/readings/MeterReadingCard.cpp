#include "ui/readings/MeterReadingCard.h"

#include "app/readings/ReadingRules.h"
#include "app/readings/ReadingsFormat.h"
#include "ui/FieldError.h"
#include "ui/StyleRole.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {

// Digits within the capacity and one separator: the field refuses anything else as it is typed.
QRegularExpression inputPattern(int integerDigits, int fractionDigits) {
    QString pattern = u"^\\d{0,%1}"_s.arg(integerDigits);
    if (fractionDigits > 0)
        pattern += u"([.,]\\d{0,%1})?"_s.arg(fractionDigits);
    return QRegularExpression(pattern + u'$');
}
} // namespace

MeterReadingCard::MeterReadingCard(const ReadingsFormMeter& meter, const ReadingsWindow& window, QWidget* parent)
    : QFrame(parent)
    , m_meter(meter)
    , m_window(window)
    , m_consumption(new QLabel(this))
    , m_status(new QLabel(this))
    , m_submit(new QPushButton(this)) {
    setObjectName(u"meterCard_"_s + QString::number(meter.id));
    setStyleRole(this, StyleRole::Card);
    setAttribute(Qt::WA_StyledBackground);
    setFrameShape(QFrame::StyledPanel);

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(16, 12, 16, 12);
    column->setSpacing(6);

    auto* title = new QLabel(tr("Meter № %1 - %2").arg(meter.number, meter.service), this);
    title->setObjectName(u"meterTitle"_s);
    setStyleRole(title, StyleRole::CardTitle);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    column->addWidget(title);
    auto* provider = new QLabel(tr("%1 - account № %2").arg(meter.provider, meter.subAccount), this);
    provider->setObjectName(u"meterProvider"_s);
    provider->setWordWrap(true);
    column->addWidget(provider);
    if (meter.verifiedUntil.isValid()) {
        auto* verification =
            new QLabel(tr("Verification interval ends %1").arg(meter.verifiedUntil.toString(u"dd.MM.yyyy"_s)), this);
        verification->setObjectName(u"meterVerification"_s);
        column->addWidget(verification);
    }

    const ReadingCheck refusal = ReadingRules::check(window, meter, {}, false, false);
    if (!refusal.refusal.isEmpty()) {
        auto* refused = new QLabel(refusal.refusal, this);
        refused->setObjectName(u"meterRefusal"_s);
        refused->setWordWrap(true);
        setStyleRole(refused, StyleRole::Warning);
        column->addWidget(refused);
    }

    auto* last = new QLabel(this);
    last->setObjectName(u"meterLastReading"_s);
    last->setWordWrap(true);
    if (meter.lastReading) {
        QStringList values;
        for (const QString& zone : meter.zones) {
            const QString v = readingsformat::withUnit(meter.lastReading->values.value(zone), meter.unit);
            values.append(meter.zones.size() == 1 ? v : readingsformat::zoneLabel(zone) + u": "_s + v);
        }
        last->setText(tr("Last submitted readings %1: %2")
                          .arg(meter.lastReading->date.toString(u"dd.MM.yyyy"_s), values.join(u"; "_s)));
    } else {
        last->setText(tr("No earlier readings of this meter."));
    }
    column->addWidget(last);
    if (meter.currentSubmission) {
        QStringList values;
        for (const QString& zone : meter.zones)
            values.append(readingsformat::withUnit(meter.currentSubmission->values.value(zone), meter.unit));
        auto* current = new QLabel(
            tr("Already submitted this month: %1. A new submission replaces it.").arg(values.join(u"; "_s)), this);
        current->setObjectName(u"meterCurrentSubmission"_s);
        current->setWordWrap(true);
        column->addWidget(current);
    }

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    const int maxLength = meter.capacityInteger + (meter.capacityFraction > 0 ? meter.capacityFraction + 1 : 0);
    QWidget* previous = nullptr;
    int col = 0;
    for (const QString& zone : meter.zones) {
        const QString caption = meter.zones.size() == 1
                                    ? tr("Current reading, %1 *").arg(meter.unit)
                                    : tr("%1, %2 *").arg(readingsformat::zoneLabel(zone), meter.unit);
        auto* label = new QLabel(caption, this);
        auto* edit = new QLineEdit(this);
        edit->setObjectName(u"zoneEdit_"_s + zone);
        edit->setValidator(
            new QRegularExpressionValidator(inputPattern(meter.capacityInteger, meter.capacityFraction), edit));
        edit->setMaxLength(maxLength);
        edit->setPlaceholderText(meter.capacityFraction > 0 ? u"0,"_s + QString(meter.capacityFraction, u'0') : u"0"_s);
        edit->setEnabled(accepts());
        edit->setMinimumWidth(160);
        label->setBuddy(edit);
        auto* error = new QLabel(this);
        error->setObjectName(u"zoneError_"_s + zone);
        setStyleRole(error, StyleRole::FieldError);
        error->setWordWrap(true);
        error->hide();
        reserveMessageLine(error);
        grid->addWidget(label, 0, col);
        grid->addWidget(edit, 1, col);
        grid->addWidget(error, 2, col);
        m_edits.insert(zone, edit);
        m_errors.insert(zone, error);
        connect(edit, &QLineEdit::textEdited, this, [this, zone] {
            setZoneError(zone, {});
            updateConsumption();
        });
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            if (m_submit->isEnabled())
                emit submitRequested(m_meter.id);
        });
        if (previous)
            setTabOrder(previous, edit);
        previous = edit;
        ++col;
    }
    grid->setColumnStretch(col, 1);
    column->addLayout(grid);

    m_consumption->setObjectName(u"meterConsumption"_s);
    m_consumption->hide();
    column->addWidget(m_consumption);

    m_status->setObjectName(u"meterStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();
    column->addWidget(m_status);

    m_submit->setObjectName(u"submitMeterButton"_s);
    m_submit->setText(tr("Submit readings"));
    setStyleRole(m_submit, StyleRole::Primary);
    m_submit->setEnabled(accepts());
    m_submit->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    if (previous)
        setTabOrder(previous, m_submit);
    connect(m_submit, &QPushButton::clicked, this, [this] { emit submitRequested(m_meter.id); });
    column->addWidget(m_submit, 0, Qt::AlignLeft);
}

bool MeterReadingCard::accepts() const {
    return ReadingRules::check(m_window, m_meter, {}, false, false).refusal.isEmpty();
}

bool MeterReadingCard::hasInput() const {
    return std::any_of(m_edits.begin(), m_edits.end(),
                       [](const QLineEdit* e) { return !e->text().trimmed().isEmpty(); });
}

ZoneValues MeterReadingCard::inputs() const {
    ZoneValues out;
    for (auto it = m_edits.begin(); it != m_edits.end(); ++it)
        out.insert(it.key(), it.value()->text());
    return out;
}

void MeterReadingCard::setZoneError(const QString& zone, const QString& text) {
    QLabel* label = m_errors.value(zone);
    QLineEdit* edit = m_edits.value(zone);
    if (!label || !edit)
        return;
    showFieldError(edit, label, text);
}

void MeterReadingCard::clearErrors() {
    for (auto it = m_edits.begin(); it != m_edits.end(); ++it)
        setZoneError(it.key(), {});
}

void MeterReadingCard::setStatus(Status status, const QString& text) {
    m_statusKind = status;
    m_status->setText(text);
    m_status->setVisible(status != Status::None && !text.isEmpty());
    StyleRole role = StyleRole::None;
    switch (status) {
    case Status::Accepted:
        role = StyleRole::Success;
        break;
    case Status::Error:
        role = StyleRole::FieldError;
        break;
    case Status::Pending:
        role = StyleRole::Warning;
        break;
    case Status::Sending:
    case Status::None:
        break;
    }
    setStyleRole(m_status, role);
    m_submit->setEnabled(accepts() && status != Status::Sending);
}

void MeterReadingCard::focusFirstZone() {
    if (!m_meter.zones.isEmpty())
        focusZone(m_meter.zones.first());
}

void MeterReadingCard::focusZone(const QString& zone) {
    if (QLineEdit* edit = m_edits.value(zone))
        edit->setFocus(Qt::OtherFocusReason);
}

void MeterReadingCard::updateConsumption() {
    // Live «Расход»: only for zones with a usable value at or above the last one.
    const ReadingCheck check = ReadingRules::check(m_window, m_meter, inputs(), false, true);
    QStringList parts;
    for (const ZoneVerdict& z : check.zones) {
        if (!z.consumption)
            continue;
        const QString amount = readingsformat::withUnit(z.consumption->toString(), m_meter.unit);
        parts.append(m_meter.zones.size() == 1 ? amount : readingsformat::zoneLabel(z.zone) + u' ' + amount);
    }
    m_consumption->setText(tr("Consumption: %1").arg(parts.join(u"; "_s)));
    m_consumption->setVisible(!parts.isEmpty());
}

} // namespace lkk
