#include "ui/history/PeriodSelector.h"

#include "ui/history/PeriodRangeDialog.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {
constexpr int customIndex = static_cast<int>(PeriodFilter::Kind::Custom);
}

PeriodSelector::PeriodSelector(QWidget* parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_today(QDate::currentDate()) {
    setObjectName(u"periodSelector"_s);
    m_combo->setObjectName(u"periodCombo"_s);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int i = 0; i <= customIndex; ++i)
        m_combo->addItem(QString());
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_combo);
    setFocusProxy(m_combo);
    // activated, not currentIndexChanged: choosing «Выбрать период…» again reopens the calendars.
    connect(m_combo, &QComboBox::activated, this, &PeriodSelector::onActivated);
    retranslate();
    syncCombo();
}

PeriodSelector::~PeriodSelector() = default;

void PeriodSelector::setToday(const QDate& today) {
    if (today == m_today)
        return;
    m_today = today;
    emit periodChanged();
}

void PeriodSelector::setKind(PeriodFilter::Kind kind) {
    PeriodFilter next;
    switch (kind) {
    case PeriodFilter::Kind::Last3Months:
        next = PeriodFilter::last3Months();
        break;
    case PeriodFilter::Kind::Last6Months:
        next = PeriodFilter::last6Months();
        break;
    case PeriodFilter::Kind::Last12Months:
        next = PeriodFilter::last12Months();
        break;
    case PeriodFilter::Kind::Custom:
        return; // a custom period needs its dates: setCustomRange()
    }
    if (next == m_filter)
        return;
    m_filter = next;
    retranslate();
    syncCombo();
    emit periodChanged();
}

bool PeriodSelector::setCustomRange(const QDate& from, const QDate& to) {
    const PeriodFilter next = PeriodFilter::custom(from, to);
    if (next.validate(m_today))
        return false;
    if (next == m_filter)
        return true;
    m_filter = next;
    retranslate();
    syncCombo();
    emit periodChanged();
    return true;
}

void PeriodSelector::onActivated(int index) {
    if (index == customIndex) {
        chooseCustomRange();
        return;
    }
    setKind(static_cast<PeriodFilter::Kind>(index));
}

void PeriodSelector::chooseCustomRange() {
    syncCombo(); // until the dialog is accepted, the combo shows the period in force
    auto* dialog = new PeriodRangeDialog(from(), to(), m_today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setCustomRange(dialog->from(), dialog->to()); });
    dialog->open();
}

void PeriodSelector::syncCombo() {
    m_combo->setCurrentIndex(static_cast<int>(m_filter.kind()));
}

void PeriodSelector::retranslate() {
    for (int i = 0; i < customIndex; ++i)
        m_combo->setItemText(i, PeriodFilter::kindText(static_cast<PeriodFilter::Kind>(i)));
    // The custom entry shows the chosen dates; choosing it again reopens the calendars.
    m_combo->setItemText(customIndex, m_filter.isCustom() ? m_filter.displayText()
                                                          : PeriodFilter::kindText(PeriodFilter::Kind::Custom));
    m_combo->setItemData(customIndex, PeriodFilter::kindText(PeriodFilter::Kind::Custom), Qt::ToolTipRole);
    m_combo->setAccessibleName(tr("Period"));
}

void PeriodSelector::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lkk
