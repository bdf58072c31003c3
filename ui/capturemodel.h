#pragma once

#include "domain/capturedrequest.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

#include <deque>
#include <optional>

namespace Hookbench::Storage {
class CaptureStore;
}

namespace Hookbench::Ui {

// Requests captured by one receiver (or all), newest first: pages from the store as the view scrolls, and adds
// live captures at the top at most every flushInterval (100 ms), as row inserts.
class CaptureModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureModel)

public:
    enum Column
    {
        Time,
        Method,
        Path,
        Response,
        Signature,
        Size,
        From,
        ColumnCount
    };
    enum Role
    {
        CaptureIdRole = Qt::UserRole + 1,
    };
    static constexpr int kPageSize = 200;

    explicit CaptureModel(Storage::CaptureStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // 0: every receiver. Reloads.
    void setReceiver(qint64 receiverId);
    qint64 receiver() const { return m_receiverId; }
    void reload();
    void setUtc(bool utc);
    void setFlushInterval(int ms) { m_flush.setInterval(ms); }

    qint64 captureId(int row) const;
    int rowOf(qint64 captureId) const;
    // The whole request: from the live cache while the writer may not have committed it yet, else the store.
    std::optional<CapturedRequest> capture(qint64 captureId) const;

    // Fed by ReceiverHost::requestCaptured; applied at the next flush.
    void addLive(const Hookbench::CapturedRequest &request);
    void flushChanges();

private:
    struct Row
    {
        qint64 id = 0;
        qint64 receivedMs = 0;
        QByteArray method;
        QString target;
        int responseStatus = 0;
        qint64 bodySize = 0;
        QString remote;
        QList<Verdict> verdicts;
    };
    static Row compact(const CapturedRequest &c);
    int insertPosition(qint64 id) const;

    Storage::CaptureStore &m_store;
    qint64 m_receiverId = 0;
    QList<Row> m_rows;
    bool m_exhausted = false;
    QList<CapturedRequest> m_pending;
    QHash<qint64, CapturedRequest> m_live;
    std::deque<qint64> m_liveOrder;
    QTimer m_flush;
    bool m_utc = false;
    // As in DeliveryLogModel: no fetch while rows are going in or out.
    bool m_changing = false;
};

} // namespace Hookbench::Ui
