#pragma once

#include "domain/delivery.h"

#include <QAbstractListModel>

namespace Hookbench::Ui {

// The attempts of one delivery, oldest first, for the details pane's timeline. New attempts of the shown
// delivery are appended as row inserts.
class AttemptModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttemptModel)

public:
    enum Role
    {
        NumberRole = Qt::UserRole + 1,
        StatusRole,
        DurationRole, // microseconds
        ErrorRole,
        StartedRole, // QDateTime
        SucceededRole,
        // Milliseconds since the previous attempt started; 0 for the first.
        GapRole,
    };

    explicit AttemptModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Appends when `attempts` continues what is shown, otherwise resets.
    void setAttempts(const QList<Attempt> &attempts);
    Attempt attemptAt(int row) const { return m_attempts.value(row); }
    const QList<Attempt> &attempts() const { return m_attempts; }

private:
    QList<Attempt> m_attempts;
};

} // namespace Hookbench::Ui
