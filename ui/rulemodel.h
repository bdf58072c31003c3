#pragma once

#include "domain/receiver.h"

#include <QAbstractTableModel>

namespace Hookbench::Ui {

// A receiver's response rules in matching order (the first that matches answers). The receivers section edits
// the selected rule in a form and writes it back with setRule().
class RuleModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleModel)

public:
    enum Column
    {
        Method,
        Path,
        Answer,
        ColumnCount
    };

    explicit RuleModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    void setRules(const QList<ResponseRule> &rules);
    const QList<ResponseRule> &rules() const { return m_rules; }
    ResponseRule ruleAt(int row) const { return m_rules.value(row); }
    void setRule(int row, const ResponseRule &rule);
    int addRule(const ResponseRule &rule);
    // Swaps a rule with its neighbour (delta -1 or +1); returns the new row.
    int moveRule(int row, int delta);

    // "500 for the first 3, then 200", "429 Retry-After 5 s"…
    static QString describe(const ResponseRule &rule);

signals:
    void edited();

private:
    QList<ResponseRule> m_rules;
};

} // namespace Hookbench::Ui
