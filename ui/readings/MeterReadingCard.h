#pragma once

#include "app/readings/ReadingsDtos.h"

#include <QFrame>
#include <QMap>

class QLabel;
class QLineEdit;
class QPushButton;

namespace lkk {

// One meter on the submission page (docs/manual.md §8): «Счётчик № 517480 - Горячая вода»,
// «МПИ истекает 01.01.2099», the refusal reason when the meter is refused, the last reading, one
// input per zone with the inline error under it, the live consumption, the state of the latest
// submission and the card's «Передать показания» button (Enter in a field does the same).
class MeterReadingCard : public QFrame {
    Q_OBJECT
public:
    enum class Status { None, Sending, Pending, Accepted, Error };

    MeterReadingCard(const ReadingsFormMeter& meter, const ReadingsWindow& window, QWidget* parent = nullptr);

    const ReadingsFormMeter& meter() const { return m_meter; }
    qint64 meterId() const { return m_meter.id; }
    bool accepts() const;  // the window is open and the meter is not refused
    bool hasInput() const; // some zone field is not empty
    ZoneValues inputs() const;
    QLineEdit* zoneEdit(const QString& zone) const { return m_edits.value(zone); }
    QLabel* zoneErrorLabel(const QString& zone) const { return m_errors.value(zone); }
    QPushButton* submitButton() const { return m_submit; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* consumptionLabel() const { return m_consumption; }

    void setZoneError(const QString& zone, const QString& text);
    void clearErrors();
    void setStatus(Status status, const QString& text);
    Status status() const { return m_statusKind; }
    void focusFirstZone();
    void focusZone(const QString& zone);

    // The submission whose state the card shows (pending, then the server's answer).
    void setTrackedSubmission(const QString& submissionId) { m_tracked = submissionId; }
    QString trackedSubmission() const { return m_tracked; }

signals:
    void submitRequested(qint64 meterId);

private:
    void updateConsumption();

    ReadingsFormMeter m_meter;
    ReadingsWindow m_window;
    QMap<QString, QLineEdit*> m_edits;
    QMap<QString, QLabel*> m_errors;
    QLabel* m_consumption;
    QLabel* m_status;
    QPushButton* m_submit;
    Status m_statusKind = Status::None;
    QString m_tracked;
};

} // namespace lkk
