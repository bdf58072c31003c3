#pragma once

#include "domain/header.h"

#include <QWidget>

class QLabel;
class QSplitter;
class QTableView;

namespace Hookbench::Ui {

class BodyView;
class HeaderModel;

// One side of an HTTP exchange: its first line (request line, or status with timing), the headers as a table
// from which any header or value can be copied, and the body.
class HttpMessageView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpMessageView)

public:
    explicit HttpMessageView(QWidget *parent = nullptr);

    // `summary` may hold rich text (a coloured status); `bodyNote` goes next to the body's size.
    void setMessage(const QString &summary, const HeaderList &headers, const QByteArray &body,
                    const QString &bodyNote = {});
    void clear();
    BodyView *bodyView() const { return m_body; }
    QSplitter *splitter() const { return m_splitter; }

private:
    void showHeaderMenu(const QPoint &position);

    QLabel *m_summary;
    HeaderModel *m_headers;
    QTableView *m_headerView;
    BodyView *m_body;
    QSplitter *m_splitter;
};

} // namespace Hookbench::Ui
