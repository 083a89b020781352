#pragma once

#include <QWidget>

class QListWidget;

namespace leadloop {

/// The first page when no workspace is open: open the demo, create a workspace, open a file,
/// or pick a recent one.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    void setRecentWorkspaces(const QStringList& paths);

signals:
    void openDemoRequested();
    void newWorkspaceRequested();
    void openWorkspaceRequested();
    void openRecentRequested(const QString& path);

private:
    QListWidget* m_recent;
};

} // namespace leadloop
