#pragma once

#include "httpreceiver.h"

namespace Hookbench::Storage {
class BatchWriter;
}

namespace Hookbench::Receiving {

// Hands captures and forward results to the workspace's batching writer: one queue push per request, the
// commit happens on the writer thread.
class WorkspaceCaptureSink final : public CaptureSink
{
public:
    explicit WorkspaceCaptureSink(Storage::BatchWriter &writer)
        : m_writer(writer)
    { }
    void capture(const CapturedRequest &request) override;
    void forwarded(qint64 captureId, const QString &to, int status, const QString &error,
                   const QByteArray &body) override;

private:
    Storage::BatchWriter &m_writer;
};

} // namespace Hookbench::Receiving
