#pragma once

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace lkk {

class ConnectionTrouble;
class ConsumptionChartView;
class DeferredReload;
class PeriodSelector;
class ReadingsHistoryModel;
class ReadingsLoader;
class Session;

// «История» → «Показания» (docs/manual.md §9.2): the period selector, then either the
// readings tree (meter → readings, newest first) or, with «График», the monthly consumption bars
// of the meter chosen in the combo. Follows the current account (setAccountId).
class ReadingsHistoryPage : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Table, Chart };

    explicit ReadingsHistoryPage(Session* session, QWidget* parent = nullptr);

    void setAccountId(qint64 accountId); // 0 clears
    qint64 accountId() const { return m_accountId; }
    void reload();
    void setMode(Mode mode);
    Mode mode() const;

    PeriodSelector* periodSelector() const { return m_period; }
    QTreeView* tree() const { return m_tree; }
    ReadingsHistoryModel* model() const { return m_model; }
    QComboBox* meterCombo() const { return m_meterCombo; }
    ConsumptionChartView* chartView() const { return m_chart; }
    ReadingsLoader* loader() const { return m_loader; }
    QLabel* errorLabel() const { return m_error; }
    // In the main window: a failed connection is said once, by `trouble` (which retries this page).
    void setConnectionTrouble(ConnectionTrouble* trouble) { m_trouble = trouble; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showHistory();
    void showChartForCurrentMeter();

    ReadingsLoader* m_loader;
    ReadingsHistoryModel* m_model;
    qint64 m_accountId = 0;
    ConnectionTrouble* m_trouble = nullptr;
    PeriodSelector* m_period;
    QToolButton* m_tableButton;
    QToolButton* m_chartButton;
    QButtonGroup* m_modeGroup;
    QProgressBar* m_busy;
    QLabel* m_error;
    QStackedWidget* m_stack;
    QTreeView* m_tree;
    QWidget* m_chartPage;
    QLabel* m_meterLabel;
    QComboBox* m_meterCombo;
    ConsumptionChartView* m_chart;
    DeferredReload* m_deferredReload; // account switches reload only what is on screen
};

} // namespace lkk
