#pragma once

// The replacement orders view: for every search in the project that has an order
// (greedy, and the nesting baselines on request), the round in which each layer was
// replaced, one row per search and one column per layer, side by side; and Kendall's
// tau between every pair of orders, with the means that answer the paper's observation
// (orders differ by task, hardly by mixer): same task with another mixer against same
// mixer on another task. The data come from a quiet worker job (dtr::ReadOrdersJob).

#include <nlohmann/json.hpp>

#include <QPointer>
#include <QString>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QSplitter;
class QTableWidget;
QT_END_NAMESPACE

namespace dtr::gui {

class JobRunner;

struct OrderMeans
{
    std::optional<double> sameTaskOtherMixer, sameMixerOtherTask;
    int sameTaskPairs = 0, sameMixerPairs = 0;
};

class OrdersView : public QWidget
{
    Q_OBJECT

public:
    explicit OrdersView(QWidget *parent = nullptr);
    ~OrdersView() override;

    void setProject(const QString &projectPath);
    void clearProject();
    // Reads the orders again (on every refresh of the project).
    void refresh();
    bool isLoading() const;

    // What is shown: ReadOrdersJob's result, filtered (greedy only unless baselines are
    // included) and sorted by the grouping.
    const nlohmann::json &data() const { return m_data; }
    QVector<int> shownRows() const { return m_shown; }
    QTableWidget *ordersTable() const { return m_orders; }
    QTableWidget *tauTable() const { return m_tau; }
    QSplitter *splitter() const { return m_split; }
    QCheckBox *baselinesCheck() const { return m_baselines; }
    QComboBox *groupCombo() const { return m_group; }
    QString summaryText() const;
    // The means over pairs of greedy orders among the rows shown.
    OrderMeans means() const;

Q_SIGNALS:
    void loaded();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void apply();
    // The orders table as tall as its rows, the rest to the tau matrix (until the person
    // drags the splitter).
    void fitSplitter();

    QString m_projectPath;
    QPointer<JobRunner> m_loader;
    nlohmann::json m_data;
    QVector<int> m_shown;
    QCheckBox *m_baselines = nullptr;
    QComboBox *m_group = nullptr;
    QTableWidget *m_orders = nullptr;
    QTableWidget *m_tau = nullptr;
    QSplitter *m_split = nullptr;
    bool m_userSized = false; // the splitter was dragged: keep the person's sizes
    QLabel *m_summary = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace dtr::gui
