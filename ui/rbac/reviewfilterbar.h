#pragma once

#include "store/rbacrepository.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QTimer;

namespace bulkhead::ui {

// The review queue's filters: bindings needing review (never reviewed, due or changed; on by
// default), only risky ones, default (bootstrap) bindings of the API server (hidden by default)
// and a search over binding, role and subject names. filterChanged follows a change at once, or
// a short pause in typing.
class ReviewFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewFilterBar)

public:
    explicit ReviewFilterBar(QWidget *parent = nullptr);

    // The filter for `cluster` ("" = all).
    RbacBindingFilter filter(const std::string &cluster) const;
    QCheckBox *needingReviewBox() const { return m_needing; }
    QCheckBox *riskyBox() const { return m_risky; }
    QCheckBox *bootstrapBox() const { return m_bootstrap; }
    QLineEdit *searchEdit() const { return m_search; }

Q_SIGNALS:
    void filterChanged();

private:
    QCheckBox *m_needing = nullptr;
    QCheckBox *m_risky = nullptr;
    QCheckBox *m_bootstrap = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_typing = nullptr;
};

} // namespace bulkhead::ui
