#pragma once

// A lease is a settings row valued "HOLDER UNTIL_MS" (see LeaseStore). These read its parts in SQL, for the
// lease store itself and for queries that ask whether a lease holder is still alive.
#define HOOKBENCH_LEASE_HOLDER(column) "substr(" column ", 1, instr(" column ", ' ') - 1)"
#define HOOKBENCH_LEASE_UNTIL(column) "CAST(substr(" column ", instr(" column ", ' ') + 1) AS INTEGER)"
