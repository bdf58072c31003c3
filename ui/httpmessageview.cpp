#include "httpmessageview.h"

#include "bodyview.h"
#include "format.h"
#include "headermodel.h"
#include "icons.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Hookbench::Ui {

HttpMessageView::HttpMessageView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_headers(new HeaderModel(false, this))
    , m_headerView(new QTableView(this))
    , m_body(new BodyView(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_headerView->setModel(m_headers);
    m_headerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_headerView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_headerView->verticalHeader()->hide();
    m_headerView->verticalHeader()->setDefaultSectionSize(m_headerView->fontMetrics().height() + 6);
    m_headerView->horizontalHeader()->setStretchLastSection(true);
    m_headerView->horizontalHeader()->setSectionResizeMode(HeaderModel::Name, QHeaderView::ResizeToContents);
    m_headerView->setAlternatingRowColors(true);
    m_headerView->setWordWrap(false);
    m_headerView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_headerView->setToolTip(tr("Right-click to copy a header or its value"));
    connect(m_headerView, &QWidget::customContextMenuRequested, this, &HttpMessageView::showHeaderMenu);

    m_splitter->addWidget(m_headerView);
    m_splitter->addWidget(m_body);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({200, 300});
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);
}

void HttpMessageView::setMessage(const QString &summary, const HeaderList &headers, const QByteArray &body,
                                 const QString &bodyNote)
{
    m_summary->setText(summary);
    m_headers->setHeaders(headers);
    m_body->setBody(body, bodyNote);
}

void HttpMessageView::clear()
{
    setMessage({}, {}, {});
}

void HttpMessageView::showHeaderMenu(const QPoint &position)
{
    const QModelIndex index = m_headerView->indexAt(position);
    QMenu menu(this);
    const HeaderList all = m_headers->headers();
    if (index.isValid()) {
        const Header h = all.at(index.row());
        menu.addAction(Icons::themed(QStringLiteral("copy")), tr("Copy “%1: …”").arg(QString::fromLatin1(h.name)),
                       this, [h] {
                           QApplication::clipboard()->setText(QString::fromLatin1(h.name) + QLatin1String(": ")
                                                              + QString::fromUtf8(h.value));
                       });
        menu.addAction(tr("Copy value"), this,
                       [h] { QApplication::clipboard()->setText(QString::fromUtf8(h.value)); });
    }
    menu.addAction(tr("Copy all headers"), this, [all] { QApplication::clipboard()->setText(Format::headers(all)); })
        ->setEnabled(!all.isEmpty());
    menu.exec(m_headerView->viewport()->mapToGlobal(position));
}

} // namespace Hookbench::Ui
