#include "workspacecapturesink.h"

#include "storage/batchwriter.h"

namespace Hookbench::Receiving {

void WorkspaceCaptureSink::capture(const CapturedRequest &request)
{
    m_writer.insertCapture(request);
}

void WorkspaceCaptureSink::forwarded(qint64 captureId, const QString &to, int status, const QString &error,
                                     const QByteArray &body)
{
    m_writer.saveForwardResult({captureId, to, status, error, body});
}

} // namespace Hookbench::Receiving
