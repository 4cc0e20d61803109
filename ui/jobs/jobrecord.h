#pragma once

#include <QString>
#include <QStringList>

namespace bulkhead::ui {

// One job of the jobs panel as the user sees it: what it works on, how far it got, how it ended.
// Plain data: the model updates it from the task's queued signals, the panel and tests read it.
struct JobRecord {
    enum class Kind {
        Import,  // report files and folders (ImportTask)
        Collect, // registry sources crawled (CollectTask)
    };
    enum class State {
        Queued,     // waits for the running import (one writer at a time)
        Running,
        Cancelling, // cancel asked; the task is rolling back
        Succeeded,  // committed; every file imported
        Partial,    // committed; some files could not be imported (listed in fileErrors)
        Failed,     // nothing imported: store error, or no file could be imported
        Cancelled,  // rolled back: the store is as it was
    };

    quint64 id = 0;
    Kind kind = Kind::Import;
    QStringList inputs;   // files and folders as given
    QString sourceFolder; // name of the folder when the only input is one, for the title
    bool hasFolders = false; // else the title counts the inputs, whatever became of them
    State state = State::Queued;

    qint64 filesDone = 0;
    qint64 filesTotal = -1; // unknown until the task has listed the inputs
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;

    qint64 filesImported = 0; // files whose content went into the store
    qint64 newFindings = 0;
    qint64 resolved = 0;
    qint64 reopened = 0;
    QStringList fileErrors; // "PATH: reason", one per file that could not be imported
    QString error;          // why nothing was stored (store error, cancelled), empty otherwise
    qint64 elapsedMs = 0;   // when finished

    // Collect jobs: `inputs` are the source names asked for (empty: every source); filesDone and
    // filesTotal count the current phase's items of `currentSource`.
    QString currentSource;
    QString phase;             // "catalog", "tags", "manifests", "signatures", "writing"
    QStringList sourceResults; // "NAME: complete — 12 images", one per source done
    int sourcesDone = 0;
    int sourcesComplete = 0;   // collected without a failure
    int sourcesWritten = 0;    // complete or partial: something of them is in the store

    bool isFinished() const { return state >= State::Succeeded; }
    bool canCancel() const { return state == State::Queued || state == State::Running; }
};

} // namespace bulkhead::ui
