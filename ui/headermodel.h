#pragma once

#include "domain/header.h"

#include <QAbstractTableModel>

namespace Hookbench::Ui {

// Headers as a two-column table, in order and case as given. Read-only for requests and responses on show;
// editable for an endpoint's custom headers and a rule's response headers, where every cell is validated as it
// is typed (an invalid cell is drawn in red with the reason as its tooltip).
class HeaderModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeaderModel)

public:
    enum Column
    {
        Name,
        Value,
        ColumnCount
    };

    explicit HeaderModel(bool editable, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    void setHeaders(const HeaderList &headers);
    const HeaderList &headers() const { return m_headers; }
    // Appends an empty header and returns its row.
    int addHeader();
    // The first problem, "Header 2: …", or empty when every header is valid.
    QString firstError() const;

signals:
    void edited();

private:
    QString cellError(int row, int column) const;

    bool m_editable;
    HeaderList m_headers;
};

} // namespace Hookbench::Ui
