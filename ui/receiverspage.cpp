#include "receiverspage.h"

#include "capturedetails.h"
#include "capturemodel.h"
#include "delivery/deliveryengine.h"
#include "domain/validation.h"
#include "editorsupport.h"
#include "emptystate.h"
#include "export/curl.h"
#include "icons.h"
#include "receivereditor.h"
#include "receiverhost.h"
#include "receivermodel.h"
#include "session.h"
#include "storage/workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Hookbench::Ui {

namespace {

// The event type a captured webhook most likely carries: GitHub's header and action, CloudEvents' type, or the
// `type` field Stripe, Standard Webhooks and most providers put in the body.
QString guessEventType(const CapturedRequest &c)
{
    const QJsonObject body = QJsonDocument::fromJson(c.body).object();
    const QByteArray github = headerValue(c.headers, "X-GitHub-Event");
    if (!github.isEmpty()) {
        const QString action = body.value(QStringLiteral("action")).toString();
        return QString::fromUtf8(github) + (action.isEmpty() ? QString() : QLatin1Char('.') + action);
    }
    const QByteArray ce = headerValue(c.headers, "ce-type");
    if (!ce.isEmpty())
        return QString::fromUtf8(ce);
    return body.value(QStringLiteral("type")).toString();
}

QTableView *makeTable(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

} // namespace

ReceiversPage::ReceiversPage(Session &session, QWidget *parent)
    : Section(parent)
    , m_session(session)
    , m_model(new ReceiverModel(session.workspace().receivers(), session.receivers(), this))
    , m_captures(new CaptureModel(session.workspace().captures(), this))
    , m_view(makeTable(this))
    , m_captureView(makeTable(this))
    , m_details(new CaptureDetails(this))
    , m_editor(new ReceiverEditor(this))
    , m_tabs(new QTabWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_rightStack(new QStackedWidget(this))
    , m_empty(new EmptyState(QStringLiteral("section-receivers"), tr("No receivers yet"),
                             tr("A receiver is a local HTTP endpoint that captures every request sent to it, checks "
                                "its signature and answers the way you tell it to — healthy, slow, or failing on "
                                "purpose. Point an endpoint, a provider's CLI or your own sender at it."),
                             this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_captureSplitter(new QSplitter(Qt::Vertical, this))
{
    m_captures->setReceiver(-1);
    m_captures->setUtc(session.utcTimes());
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Receivers"));
    m_view->setColumnWidth(ReceiverModel::Name,
                           m_view->fontMetrics().horizontalAdvance(QStringLiteral("Local receiver 2")) + 40);
    m_view->setColumnWidth(ReceiverModel::Address,
                           m_view->fontMetrics().horizontalAdvance(QStringLiteral("http://127.0.0.1:65535/")) + 16);
    m_view->setColumnWidth(ReceiverModel::State,
                           m_view->fontMetrics().horizontalAdvance(ReceiverModel::tr("Listening")) + 24);
    m_captureView->setModel(m_captures);
    m_captureView->setObjectName(QStringLiteral("capturedList"));
    m_captureView->setAccessibleName(tr("Captured requests"));
    const QFontMetrics fm = m_captureView->fontMetrics();
    auto fit = [&](int column, const QString &sample, int extra = 0) {
        const QString header = m_captures->headerData(column, Qt::Horizontal).toString();
        m_captureView->setColumnWidth(
            column, qMax(fm.horizontalAdvance(header) + 28, fm.horizontalAdvance(sample) + 16 + extra));
    };
    fit(CaptureModel::Time, QStringLiteral("23:59:59.999"));
    fit(CaptureModel::Method, QStringLiteral("DELETE"));
    fit(CaptureModel::Path, QStringLiteral("/hooks/orders?from=stripe"));
    fit(CaptureModel::Response, QStringLiteral("no answer"));
    fit(CaptureModel::Signature, QStringLiteral("valid (Standard Webhooks)"), 22);
    fit(CaptureModel::Size, QStringLiteral("1,023.9 KB"));

    m_startStop = new QAction(Icons::themed(QStringLiteral("start")), tr("&Start"), this);
    m_startStop->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_startStop->setToolTip(tr("Start or stop the selected receiver (Ctrl+Shift+L)"));
    connect(m_startStop, &QAction::triggered, this, &ReceiversPage::toggleRunning);
    m_copyUrl = new QAction(Icons::themed(QStringLiteral("link")), tr("Copy &URL"), this);
    m_copyUrl->setToolTip(tr("Copy the URL to send webhooks to"));
    connect(m_copyUrl, &QAction::triggered, this, &ReceiversPage::copyUrl);
    m_copyCurl = new QAction(Icons::themed(QStringLiteral("copy")), tr("Copy as c&URL"), this);
    m_copyCurl->setToolTip(tr("Copy the selected request as a curl command"));
    connect(m_copyCurl, &QAction::triggered, this, &ReceiversPage::copyCurl);
    m_forward = new QAction(Icons::themed(QStringLiteral("forward")), tr("&Forward to…"), this);
    m_forward->setToolTip(tr("Send the selected request, as captured, to another URL"));
    connect(m_forward, &QAction::triggered, this, &ReceiversPage::forward);
    m_replay = new QAction(Icons::themed(QStringLiteral("replay")), tr("Replay to &endpoint…"), this);
    m_replay->setToolTip(tr("Trigger the selected request's body as an event to one of your endpoints"));
    connect(m_replay, &QAction::triggered, this, &ReceiversPage::replayToEndpoint);
    m_clear = new QAction(Icons::themed(QStringLiteral("remove")), tr("C&lear captured requests"), this);
    connect(m_clear, &QAction::triggered, this, &ReceiversPage::clearCaptures);
    m_details->addActions({m_copyCurl, m_forward, m_replay});

    auto *toolbar = new QHBoxLayout;
    auto *newButton = new QToolButton(this);
    newButton->setIcon(Icons::themed(QStringLiteral("add")));
    newButton->setToolTip(tr("New receiver (Ctrl+N)"));
    newButton->setAutoRaise(true);
    connect(newButton, &QToolButton::clicked, this, &ReceiversPage::create);
    toolbar->addWidget(newButton);
    for (QAction *a : {m_startStop, m_copyUrl}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        toolbar->addWidget(button);
    }
    toolbar->addStretch();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    leftLayout->addLayout(toolbar);
    leftLayout->addWidget(m_view, 1);

    auto *requests = new QWidget(this);
    auto *clearButton = new QToolButton(this);
    clearButton->setDefaultAction(m_clear);
    clearButton->setAutoRaise(true);
    auto *requestsBar = new QHBoxLayout;
    auto *hint = new QLabel(tr("Requests appear here as they arrive."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    requestsBar->addWidget(hint, 1);
    requestsBar->addWidget(clearButton);
    m_captureSplitter->addWidget(m_captureView);
    m_captureSplitter->addWidget(m_details);
    m_captureSplitter->setStretchFactor(0, 2);
    m_captureSplitter->setStretchFactor(1, 3);
    m_captureSplitter->setSizes({260, 420});
    m_captureSplitter->setChildrenCollapsible(false);
    auto *requestsLayout = new QVBoxLayout(requests);
    requestsLayout->setContentsMargins(0, 4, 0, 0);
    requestsLayout->addLayout(requestsBar);
    requestsLayout->addWidget(m_captureSplitter, 1);
    m_tabs->addTab(requests, tr("Requests"));
    m_tabs->addTab(m_editor, tr("Settings"));
    m_tabs->setDocumentMode(true);

    auto *placeholder = new QLabel(tr("Select a receiver, or press Ctrl+N to add one."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_rightStack->addWidget(placeholder);
    m_rightStack->addWidget(m_tabs);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_rightStack);
    // The list keeps its width as the window grows; the requests take the rest.
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    // The list wide enough for all its columns, so no URL or state is cut off.
    m_splitter->setSizes({m_view->columnWidth(ReceiverModel::Name) + m_view->columnWidth(ReceiverModel::Address)
                              + m_view->columnWidth(ReceiverModel::State) + 12,
                          900});
    m_splitter->setChildrenCollapsible(false);

    auto *quick = m_empty->addAction(tr("Create and start a receiver"), QStringLiteral("start"));
    quick->setObjectName(QStringLiteral("quickStart"));
    connect(quick, &QPushButton::clicked, this, &ReceiversPage::quickStart);
    connect(m_empty->addAction(tr("New receiver…")), &QPushButton::clicked, this, &ReceiversPage::create);
    m_stack->addWidget(m_splitter);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReceiversPage::currentChanged);
    connect(m_captureView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReceiversPage::captureSelected);
    m_editor->setNameOwner([this](const QString &name) { return m_model->idNamed(name); });
    connect(m_editor, &ReceiverEditor::saveRequested, this, &ReceiversPage::save);
    connect(m_editor, &ReceiverEditor::deleteRequested, this, &ReceiversPage::remove);
    connect(&session.receivers(), &ReceiverHost::requestCaptured, this,
            [this](const Hookbench::CapturedRequest &c) { m_captures->addLive(c); });
    connect(&session.receivers(), &ReceiverHost::runningChanged, this, &ReceiversPage::updateActions);
    connect(&session.receivers(), &ReceiverHost::forwardFinished, this,
            [this](qint64 captureId, int status, const QString &error) {
                if (m_details->capture().id != captureId)
                    return;
                CapturedRequest c = m_details->capture();
                c.forwardStatus = status;
                c.forwardError = error;
                if (c.forwardedTo.isEmpty())
                    c.forwardedTo = tr("the forward target");
                showCapture(c);
            });
    connect(&session, &Session::receiversChanged, this, &ReceiversPage::refresh);
    connect(&session, &Session::timeDisplayChanged, this, [this] { m_captures->setUtc(m_session.utcTimes()); });
    updateEmptyState();
    updateActions();
}

QIcon ReceiversPage::icon() const
{
    return Icons::themed(QStringLiteral("section-receivers"));
}

QList<QAction *> ReceiversPage::sectionActions() const
{
    return {m_startStop, m_copyUrl, nullptr, m_copyCurl, m_forward, m_replay, nullptr, m_clear};
}

qint64 ReceiversPage::currentId() const
{
    return m_shownId > 0 ? m_shownId : 0;
}

void ReceiversPage::updateEmptyState()
{
    m_stack->setCurrentIndex(m_model->rowCount() == 0 && m_shownId != 0 ? 1 : 0);
}

void ReceiversPage::updateActions()
{
    const qint64 id = currentId();
    const bool running = id && m_session.receivers().isRunning(id);
    m_startStop->setEnabled(id != 0);
    m_startStop->setText(running ? tr("&Stop") : tr("&Start"));
    m_startStop->setIcon(Icons::themed(running ? QStringLiteral("stop") : QStringLiteral("start")));
    m_copyUrl->setEnabled(running);
    const bool capture = m_details->capture().id != 0;
    m_copyCurl->setEnabled(capture);
    m_forward->setEnabled(capture);
    m_replay->setEnabled(capture);
    m_clear->setEnabled(id != 0 && m_captures->rowCount() > 0);
}

bool ReceiversPage::confirmLeave()
{
    if (m_rightStack->currentIndex() != 1)
        return true;
    return EditorSupport::confirmLeave(this, m_editor, tr("Unsaved receiver"),
                                       tr("Save the changes to “%1”?").arg(m_editor->receiver().name),
                                       tr("Fix the messages above first."), [this] { save(); });
}

void ReceiversPage::currentChanged()
{
    if (m_selecting)
        return;
    const QModelIndex current = m_view->currentIndex();
    const qint64 id = current.isValid() ? m_model->itemAt(current.row()).id : -1;
    if (id == m_shownId)
        return;
    if (!confirmLeave()) {
        selectId(m_shownId);
        return;
    }
    m_shownId = id;
    if (id < 0) {
        m_rightStack->setCurrentIndex(0);
    } else {
        m_editor->setReceiver(m_model->itemAt(current.row()));
        m_captures->setReceiver(id);
        showCapture({});
        m_rightStack->setCurrentIndex(1);
        m_tabs->setCurrentIndex(0);
    }
    updateActions();
}

void ReceiversPage::selectId(qint64 id)
{
    m_selecting = true;
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    else
        m_view->clearSelection();
    m_selecting = false;
}

void ReceiversPage::create()
{
    if (!confirmLeave())
        return;
    m_shownId = 0;
    m_selecting = true;
    m_view->clearSelection();
    m_view->setCurrentIndex({});
    m_selecting = false;
    Receiver fresh;
    fresh.rules = {ResponseRule {}};
    m_editor->setReceiver(fresh);
    m_rightStack->setCurrentIndex(1);
    m_tabs->setCurrentIndex(1);
    m_stack->setCurrentIndex(0);
    m_editor->nameEdit()->setFocus();
    updateActions();
}

qint64 ReceiversPage::quickStart()
{
    Receiver r;
    r.name = tr("Local receiver");
    for (int n = 2; m_session.workspace().receivers().findByName(r.name); ++n)
        r.name = tr("Local receiver %1").arg(n);
    r.rules = {ResponseRule {}};
    if (const Storage::WriteResult result = m_session.workspace().receivers().add(r); !result) {
        emit message(result.error);
        return 0;
    }
    m_session.receiversEdited();
    if (const QString why = m_session.receivers().start(r); !why.isEmpty())
        emit message(tr("%1 could not start: %2").arg(r.name, why));
    m_shownId = -1;
    selectId(r.id);
    currentChanged();
    emit message(tr("%1 listening on %2").arg(r.name, m_session.receivers().baseUrl(r.id)));
    return r.id;
}

void ReceiversPage::save()
{
    Receiver r = m_editor->receiver();
    const Storage::WriteResult result
        = r.id ? m_session.workspace().receivers().update(r) : m_session.workspace().receivers().add(r);
    if (!result) {
        m_editor->showSaveError(result.error);
        return;
    }
    m_editor->setReceiver(r);
    m_shownId = r.id;
    if (const QString why = m_session.receivers().reconfigure(r); !why.isEmpty())
        emit message(tr("%1 stopped: %2").arg(r.name, why));
    m_session.receiversEdited();
    selectId(r.id);
    m_captures->setReceiver(r.id);
    updateActions();
    emit message(tr("Saved receiver %1").arg(r.name));
}

void ReceiversPage::remove()
{
    const Receiver r = m_editor->receiver();
    if (!r.id)
        return;
    if (QMessageBox::question(this, tr("Delete receiver"),
                              tr("Delete “%1” and stop it? Its captured requests are deleted too.").arg(r.name))
        != QMessageBox::Yes)
        return;
    m_session.receivers().stop(r.id);
    m_session.workspace().captures().clear(r.id);
    if (const Storage::WriteResult result = m_session.workspace().receivers().remove(r.id); !result) {
        m_editor->showSaveError(result.error);
        return;
    }
    m_shownId = -1;
    m_rightStack->setCurrentIndex(0);
    m_session.receiversEdited();
    emit message(tr("Deleted receiver %1").arg(r.name));
}

void ReceiversPage::toggleRunning()
{
    const qint64 id = currentId();
    if (!id)
        return;
    if (m_session.receivers().isRunning(id)) {
        m_session.receivers().stop(id);
        emit message(tr("Receiver stopped"));
        return;
    }
    const auto r = m_session.workspace().receivers().find(id);
    if (!r)
        return;
    if (const QString why = m_session.receivers().start(*r); !why.isEmpty()) {
        QMessageBox::warning(this, tr("Receiver not started"), why);
        return;
    }
    emit message(tr("%1 listening on %2").arg(r->name, m_session.receivers().baseUrl(id)));
}

void ReceiversPage::copyUrl()
{
    const QString url = m_session.receivers().baseUrl(currentId());
    if (url.isEmpty())
        return;
    QApplication::clipboard()->setText(url);
    emit message(tr("Copied %1").arg(url));
}

void ReceiversPage::captureSelected()
{
    const QModelIndex current = m_captureView->currentIndex();
    const auto c = current.isValid() ? m_captures->capture(m_captures->captureId(current.row())) : std::nullopt;
    showCapture(c.value_or(CapturedRequest {}));
    updateActions();
}

void ReceiversPage::showCapture(const CapturedRequest &capture)
{
    // The receiver as saved, which is what verifies the requests arriving now.
    const int row = m_model->rowOf(capture.receiverId);
    const bool verifies = row >= 0 && !m_model->itemAt(row).secrets.isEmpty();
    m_details->showCapture(capture, m_session.utcTimes(), verifies);
}

void ReceiversPage::copyCurl()
{
    const CapturedRequest &c = m_details->capture();
    if (!c.id)
        return;
    QString base = m_session.receivers().baseUrl(c.receiverId);
    if (base.isEmpty()) {
        const auto r = m_session.workspace().receivers().find(c.receiverId);
        base = r ? QStringLiteral("http://%1:%2/").arg(r->bindAddress).arg(r->port)
                 : QStringLiteral("http://localhost/");
    }
    const QString target = QString::fromUtf8(c.target);
    const QString url = base + (target.startsWith(QLatin1Char('/')) ? target.mid(1) : target);
    QApplication::clipboard()->setText(Export::curlCommand(c.method, url, c.headers, c.body));
    emit message(tr("Copied the request as a curl command"));
}

void ReceiversPage::forward()
{
    const CapturedRequest c = m_details->capture();
    if (!c.id)
        return;
    bool ok = false;
    const QString url = QInputDialog::getText(this, tr("Forward request"), tr("Send the request, as captured, to:"),
                                              QLineEdit::Normal, QStringLiteral("http://localhost:3000/webhooks"), &ok);
    if (!ok)
        return;
    if (const QString why = Validation::checkUrl(url.trimmed()); !why.isEmpty()) {
        QMessageBox::warning(this, tr("Forward request"), why);
        return;
    }
    m_session.receivers().forward(c, QUrl(url.trimmed()));
    CapturedRequest shown = c;
    shown.forwardedTo = url.trimmed();
    shown.forwardStatus = 0;
    shown.forwardError.clear();
    showCapture(shown);
    emit message(tr("Forwarding to %1…").arg(url.trimmed()));
}

void ReceiversPage::replayToEndpoint()
{
    const CapturedRequest c = m_details->capture();
    if (!c.id)
        return;
    if (const QString why = Validation::checkJson(c.body); !why.isEmpty()) {
        QMessageBox::information(this, tr("Replay to endpoint"),
                                 tr("Only JSON bodies can be replayed as an event. %1").arg(why));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Replay to endpoint"));
    auto *endpoint = new QComboBox(&dialog);
    for (const Endpoint &e : m_session.workspace().endpoints().list())
        endpoint->addItem(e.name, e.id);
    auto *type = new QComboBox(&dialog);
    type->setEditable(true);
    for (const EventType &t : m_session.workspace().eventTypes().list())
        type->addItem(t.name);
    const QString guessed = guessEventType(c);
    type->setCurrentText(guessed.isEmpty() ? QStringLiteral("replayed.request") : guessed);
    auto *error = new QLabel(&dialog);
    error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Send"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Endpoint"), endpoint);
    form->addRow(tr("As event type"), type);
    form->addRow(error);
    form->addRow(buttons);
    auto check = [&] {
        const QString why = endpoint->count() ? Validation::checkEventTypeName(type->currentText().trimmed())
                                              : tr("Add an endpoint first.");
        error->setText(why);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    };
    connect(type, &QComboBox::currentTextChanged, &dialog, check);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    check();
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Engine::TriggerResult result = m_session.engine().trigger(
        type->currentText().trimmed(), c.body, EventSource::Replay, endpoint->currentData().toLongLong());
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Replay to endpoint"), result.error);
        return;
    }
    emit message(tr("Replayed as %1 to %2").arg(result.event.uid, endpoint->currentText()));
}

void ReceiversPage::clearCaptures()
{
    const qint64 id = currentId();
    if (!id)
        return;
    if (QMessageBox::question(this, tr("Clear captured requests"), tr("Delete every request this receiver captured?"))
        != QMessageBox::Yes)
        return;
    m_session.workspace().writer().flush();
    m_session.workspace().captures().clear(id);
    m_captures->reload();
    showCapture({});
    updateActions();
}

void ReceiversPage::refresh()
{
    const qint64 shown = m_shownId;
    m_selecting = true;
    m_model->reload();
    m_selecting = false;
    if (shown > 0 && m_model->rowOf(shown) < 0) {
        m_shownId = -1;
        m_rightStack->setCurrentIndex(0);
    } else if (shown > 0) {
        selectId(shown);
        m_captures->reload();
        // A secret added or removed changes what the shown capture's missing verdicts mean.
        if (m_details->capture().id)
            showCapture(m_details->capture());
    }
    updateEmptyState();
    updateActions();
}

void ReceiversPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("receivers/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("receivers/captureSplitter"), m_captureSplitter->saveState());
    settings.setValue(QStringLiteral("receivers/captureHeader"), m_captureView->horizontalHeader()->saveState());
}

void ReceiversPage::restoreState(const QSettings &settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("receivers/splitter")).toByteArray());
    m_captureSplitter->restoreState(settings.value(QStringLiteral("receivers/captureSplitter")).toByteArray());
    if (settings.contains(QStringLiteral("receivers/captureHeader")))
        m_captureView->horizontalHeader()->restoreState(
            settings.value(QStringLiteral("receivers/captureHeader")).toByteArray());
}

} // namespace Hookbench::Ui
