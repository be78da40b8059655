#ifndef PARLEY_CSQLITE_SHIM_H
#define PARLEY_CSQLITE_SHIM_H

#include <sqlite3.h>

// SQLITE_TRANSIENT is a macro Swift cannot import: a destructor of -1, which
// tells SQLite to copy a bound value before the call returns.
static inline sqlite3_destructor_type parley_sqlite_transient(void) {
  return SQLITE_TRANSIENT;
}

#endif
