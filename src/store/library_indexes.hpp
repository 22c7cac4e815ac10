#pragma once
// The library's secondary indexes that an import may build after its rows: on a first import into
// an empty library, inserting 200,000 exercises into two indexes at random places costs several
// times more than sorting them once at the end (docs/benchmarks.md). The indexes are only ever
// missing while such an import runs or after one was interrupted; every read-write open of the
// library builds any that are missing, so a killed first import leaves nothing to repair by hand.

#include "store/database.hpp"

namespace rs::store {

/// True when the library holds no exercise yet: a first import may then drop the deferrable
/// indexes (call inside the import's write transaction).
bool library_is_empty(Database& db);

/// Drops the deferrable indexes (inside the caller's write transaction).
void drop_deferrable_indexes(Database& db);

/// Creates any deferrable index that is missing, in its own write transaction (none when all exist,
/// which costs one read of the schema). Returns the number created.
int ensure_library_indexes(SQLite::Database& db);

}  // namespace rs::store
