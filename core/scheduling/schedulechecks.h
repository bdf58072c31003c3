#pragma once

#include "domain/schedule.h"
#include "domain/validation.h"

#include <QDateTime>

namespace Hookbench::Scheduling {

// Pure checks of a schedule as an editor holds it, one error per field so each message can sit next to its field.
// Fields: "event_type", "at", "interval", "cron", "jitter", "limit", "until", "payload", and "schedule" for a
// schedule whose fields are each fine but that would never fire.
ValidationErrors validate(const Schedule &schedule, const QDateTime &now);

// When a schedule that is not running yet would fire next: its stored next firing while that is ahead, else the
// first one from `now` on. Invalid when disabled or over.
QDateTime upcomingFiring(const Schedule &schedule, const QDateTime &now);

} // namespace Hookbench::Scheduling
