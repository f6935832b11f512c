#pragma once

#include <QDialog>

class QFormLayout;

namespace lkk {

struct Profile;

// Read-only view of the signed-in user's profile (manual, section 4). Editing comes with the
// profile issue. Opened with open(), never exec(), so nothing blocks and tests need no seam.
class ProfileDialog : public QDialog {
    Q_OBJECT
public:
    explicit ProfileDialog(const Profile& user, QWidget* parent = nullptr);
};

} // namespace lkk
