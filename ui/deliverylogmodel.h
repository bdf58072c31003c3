#pragma once

#include "domain/delivery.h"
#include "storage/stores.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QTimer>

namespace Hookbench::Ui {

// The live delivery log. It pages from the store by indexed keys as the view scrolls (fetchMore), never reading
// the whole table, and keeps one small row per delivery (strings that repeat are shared), so a million loaded
// rows stay well under 100 MB. Live changes from the engine are collected and applied at most every
// flushInterval (100 ms): updates of loaded rows as one dataChanged, new deliveries as row inserts at their
// place in the order — never a reset.
//
// Newest- or oldest-first, new deliveries appear in place. In any other order a new delivery has no stable place
// among the loaded rows, so it is counted in hiddenNewCount() and shown by the next reload. Rows that stop
// matching the filter through a live change stay until the next reload, so nothing moves under the pointer.
class DeliveryLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryLogModel)

public:
    enum Column
    {
        Time,
        EventType,
        Endpoint,
        State,
        Status,
        Attempts,
        Duration,
        NextRetry,
        ColumnCount
    };
    enum Role
    {
        DeliveryIdRole = Qt::UserRole + 1,
        StateRole,
        EndpointIdRole,
    };
    // The first page, and every page while few rows are loaded. Further down, a page is an eighth of what is
    // loaded, up to kMaxPageSize: a user who keeps scrolling to the end waits for fewer fetches and repaints.
    static constexpr int kPageSize = 256;
    static constexpr int kMaxPageSize = 2048;

    // Deferred: the model lists nothing, and reads nothing, until the first reload() (or setFilter()); the log
    // shown when the window opens is read once the window has been painted.
    enum class FirstPage
    {
        Now,
        Deferred
    };

    explicit DeliveryLogModel(Storage::DeliveryStore &store, QObject *parent = nullptr,
                              FirstPage firstPage = FirstPage::Now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Each of these reloads from the first page.
    void setFilter(const Storage::DeliveryFilter &filter);
    void setOrder(const Storage::DeliveryOrder &order);
    void reload();

    // False until the first page has been read (see FirstPage).
    bool isLoaded() const { return m_loaded; }
    const Storage::DeliveryFilter &filter() const { return m_filter; }
    Storage::DeliveryOrder order() const { return m_order; }
    static Column columnFor(Storage::DeliveryOrder::Column column);
    static Storage::DeliveryOrder::Column orderColumnFor(int column);

    void setUtc(bool utc);
    void setFlushInterval(int ms) { m_flush.setInterval(ms); }
    int flushInterval() const { return m_flush.interval(); }

    qint64 deliveryId(int row) const;
    // -1 when the delivery is not loaded.
    int rowOf(qint64 deliveryId) const;
    int hiddenNewCount() const { return int(m_hiddenNew.size()); }

    // Fed by DeliveryEngine::deliveryChanged; applied at the next flush.
    void applyChange(const Hookbench::Delivery &delivery);
    // Applies what is pending now (the timer calls it; tests may too).
    void flushChanges();

signals:
    void hiddenNewCountChanged(int count);
    // After each reload: the filter, order or workspace content changed.
    void reloaded();

private:
    struct Row
    {
        qint64 id = 0;
        qint64 endpointId = 0;
        qint64 createdMs = 0;
        qint64 nextMs = 0;
        qint64 durationUs = 0;
        QString eventType;
        QString endpointName;
        QString lastError;
        int status = 0;
        int attempts = 0;
        DeliveryState state = DeliveryState::Pending;
    };

    Row compact(const Hookbench::Delivery &d);
    QString intern(const QString &text);
    bool timeOrdered() const { return m_order.column == Storage::DeliveryOrder::Column::Time; }
    // In a time order: where a delivery with this id belongs among the loaded rows.
    int insertPosition(qint64 id) const;
    bool beyondLoaded(qint64 id) const;
    void insertLive(QList<Row> rows);
    QList<Row> fetchPage(int size = kPageSize);

    Storage::DeliveryStore &m_store;
    Storage::DeliveryFilter m_filter;
    Storage::DeliveryOrder m_order;
    Storage::DeliveryPageKey m_nextKey;
    bool m_exhausted = false;
    bool m_loaded = false;
    QList<Row> m_rows;
    // Only for orders other than time, where rows are not sorted by id.
    QHash<qint64, int> m_index;
    QSet<QString> m_strings;
    QHash<qint64, Hookbench::Delivery> m_pending;
    QSet<qint64> m_hiddenNew;
    QDateTime m_loadedAt;
    QTimer m_flush;
    bool m_utc = false;
    // Set while rows are being inserted or removed: a view (or a model tester) reacting to the signal must not
    // start another fetch in the middle of it.
    bool m_changing = false;
};

} // namespace Hookbench::Ui
