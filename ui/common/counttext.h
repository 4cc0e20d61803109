#pragma once

#include <QString>

namespace bulkhead::ui {

// A count's text: `one` for 1, `many` otherwise. Both are numerus tr() entries ("%n file written.",
// "%Ln files written."), so German and French take their forms from the translation (French says
// "0 fichier"); English has no translation file to pick "1 file" from "%Ln files", hence a text of its own.
inline QString countText(qint64 n, const QString &one, const QString &many)
{
    return n == 1 ? one : many;
}

} // namespace bulkhead::ui
