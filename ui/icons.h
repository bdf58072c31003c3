#pragma once

#include "domain/capturedrequest.h"
#include "domain/delivery.h"

#include <QIcon>

namespace Hookbench::Ui::Icons {

// A monochrome icon from resources/icons, drawn in the palette's text colour at whatever size and device pixel
// ratio it is asked for, so it stays crisp on high-DPI screens and readable in light and dark palettes.
QIcon themed(const QString &name);
// A coloured icon from resources/icons, drawn as it is (the application's own icon, state and verdict icons).
QIcon coloured(const QString &name);
// The coloured state icons of the delivery log.
QIcon deliveryState(DeliveryState state);
// Valid / invalid / not checked.
QIcon verdict(const QList<Verdict> &verdicts);

} // namespace Hookbench::Ui::Icons
