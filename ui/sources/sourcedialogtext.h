#pragma once

class QLabel;
class QString;
class QWidget;

namespace bulkhead::ui::sourcedialog {

// What the Add-registry and Add-cluster dialogs share in how they speak: inline labels for
// validation, test results and notes, in red for a problem and green for success.
inline constexpr char kProblemStyle[] = "color: #b91c1c;";
inline constexpr char kSuccessStyle[] = "color: #15803d;";

// A wrapped, selectable, plain-text label (an error may hold a path or a server's words).
QLabel *inlineLabel(QWidget *parent);

// Sets `text` in the problem or success colour.
void showResult(QLabel *label, const QString &text, bool ok);

} // namespace bulkhead::ui::sourcedialog
