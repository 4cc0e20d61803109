#pragma once

#include <QString>

namespace bulkhead::ui {

// What the window must know about its store before it shows anything: whether it opens, whether it
// is a demo store (the title says so) and whether it is empty (the welcome page). Cheap enough for
// the GUI thread: a key lookup and two EXISTS probes, however large the store.
struct StoreFacts {
    bool ok = false;
    QString error; // when !ok
    bool demo = false;
    bool empty = false; // no report and no finding yet
    // The store opens but this user may not write it (no write permission on the file or its
    // folder): the window shows it read-only and says so.
    bool readOnly = false;

    static StoreFacts read(const QString &storePath);
};

} // namespace bulkhead::ui
