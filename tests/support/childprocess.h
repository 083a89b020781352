#pragma once
// Programs the tests start as child processes: leadloop-cli, sqlite3, pdftotext (tests only).

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <QByteArray>
#include <QDeadlineTimer>
#include <QMap>
#include <QString>
#include <QStringList>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace leadloop::test {

/// One child process started through posix_spawn, its output collected while it runs; unlike
/// QProcess (whose raw clone call ThreadSanitizer cannot follow), it runs in every sanitizer
/// build (docs/testing.md).
class ChildProcess
{
public:
    enum class Channels
    {
        Separate,
        Merged
    };

    ChildProcess() = default;
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;
    ~ChildProcess()
    {
        if (m_pid > 0 && !m_finished) {
            ::kill(m_pid, SIGKILL);
            int status = 0;
            ::waitpid(m_pid, &status, 0);
        }
        closePipes();
    }

    /// Starts `program` (a path, or a name found on PATH) with `arguments`; `environment` adds
    /// to or replaces variables of this process's environment. False when it could not start.
    bool start(const QString& program, const QStringList& arguments,
               const QMap<QString, QString>& environment = {},
               Channels channels = Channels::Separate)
    {
        int out[2], err[2] = {-1, -1};
        if (::pipe2(out, O_CLOEXEC) != 0)
            return false;
        if (channels == Channels::Separate && ::pipe2(err, O_CLOEXEC) != 0) {
            ::close(out[0]);
            ::close(out[1]);
            return false;
        }
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
        posix_spawn_file_actions_adddup2(&actions, channels == Channels::Merged ? out[1] : err[1],
                                         STDERR_FILENO);
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);

        std::vector<QByteArray> argumentBytes{program.toLocal8Bit()};
        for (const QString& argument : arguments)
            argumentBytes.push_back(argument.toLocal8Bit());
        std::vector<char*> argv;
        for (QByteArray& a : argumentBytes)
            argv.push_back(a.data());
        argv.push_back(nullptr);

        std::vector<QByteArray> environmentBytes;
        for (char** e = environ; *e; ++e) {
            const QByteArray entry(*e);
            if (!environment.contains(QString::fromLocal8Bit(entry.left(entry.indexOf('=')))))
                environmentBytes.push_back(entry);
        }
        for (auto it = environment.cbegin(); it != environment.cend(); ++it)
            environmentBytes.push_back((it.key() + u'=' + it.value()).toLocal8Bit());
        std::vector<char*> envp;
        for (QByteArray& e : environmentBytes)
            envp.push_back(e.data());
        envp.push_back(nullptr);

        const bool onPath = !program.contains(u'/');
        const int started =
            onPath ? ::posix_spawnp(&m_pid, argv[0], &actions, nullptr, argv.data(), envp.data())
                   : ::posix_spawn(&m_pid, argv[0], &actions, nullptr, argv.data(), envp.data());
        posix_spawn_file_actions_destroy(&actions);
        ::close(out[1]);
        if (err[1] >= 0)
            ::close(err[1]);
        m_out = out[0];
        m_err = err[0];
        if (started != 0) {
            m_pid = -1;
            closePipes();
            return false;
        }
        m_finished = false;
        return true;
    }

    /// Waits up to `msecs` for the child to exit, collecting its output meanwhile; true when it
    /// exited (normally or by a signal).
    bool waitForFinished(int msecs)
    {
        if (m_pid <= 0)
            return false;
        const QDeadlineTimer deadline(msecs);
        while (!m_finished) {
            if (collectExit(WNOHANG))
                break;
            const qint64 left = deadline.remainingTime();
            if (left == 0)
                return false;
            pollPipes(int(qMin<qint64>(left < 0 ? 50 : left, 50)));
        }
        // What it wrote last (a grandchild holding the pipe open does not keep us).
        while (pollPipes(0)) {
        }
        return true;
    }

    /// SIGKILL: no handler runs, nothing is flushed.
    void kill()
    {
        if (m_pid > 0 && !m_finished)
            ::kill(m_pid, SIGKILL);
    }

    /// The exit code, or -1 when it was killed by a signal or has not finished.
    int exitCode() const { return m_finished && WIFEXITED(m_status) ? WEXITSTATUS(m_status) : -1; }
    /// Standard output (and standard error when the channels are merged).
    const QByteArray& standardOutput() const { return m_stdout; }
    const QByteArray& standardError() const { return m_stderr; }

private:
    pid_t m_pid = -1;
    int m_out = -1;
    int m_err = -1;
    int m_status = 0;
    bool m_finished = true;
    QByteArray m_stdout;
    QByteArray m_stderr;

    bool collectExit(int flags)
    {
        int status = 0;
        const pid_t done = ::waitpid(m_pid, &status, flags);
        if (done != m_pid)
            return false;
        m_status = status;
        m_finished = true;
        return true;
    }

    /// Reads what is ready within `msecs` (sleeps when both pipes are closed); true when a pipe
    /// had something: data or its end.
    bool pollPipes(int msecs)
    {
        pollfd fds[2];
        int count = 0;
        for (int fd : {m_out, m_err})
            if (fd >= 0)
                fds[count++] = {fd, POLLIN, 0};
        if (::poll(fds, nfds_t(count), msecs) <= 0)
            return false;
        bool happened = false;
        for (int i = 0; i < count; ++i) {
            if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            char buffer[65536];
            const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
            int& fd = fds[i].fd == m_out ? m_out : m_err;
            QByteArray& into = fds[i].fd == m_out ? m_stdout : m_stderr;
            if (n > 0) {
                into.append(buffer, n);
                happened = true;
            } else if (n == 0 || errno != EINTR) {
                ::close(fd);
                fd = -1;
                happened = true;
            }
        }
        return happened;
    }

    void closePipes()
    {
        for (int* fd : {&m_out, &m_err})
            if (*fd >= 0) {
                ::close(*fd);
                *fd = -1;
            }
    }
};

/// How a program ran to its end.
struct Finished
{
    int exitCode = -1; ///< -1 when it did not finish in time or was killed by a signal
    QByteArray out;
    QByteArray err;
};

/// Runs `program` to its end (at most `msecs`).
inline Finished run(const QString& program, const QStringList& arguments,
                    const QMap<QString, QString>& environment = {}, int msecs = 120'000)
{
    ChildProcess process;
    if (!process.start(program, arguments, environment))
        return {};
    if (!process.waitForFinished(msecs))
        return {-1, process.standardOutput(), process.standardError()};
    return {process.exitCode(), process.standardOutput(), process.standardError()};
}

/// Runs leadloop-cli to its end with `arguments`.
inline Finished runCli(const QStringList& arguments, const QMap<QString, QString>& environment = {},
                       int msecs = 120'000)
{
    return run(QStringLiteral(LEADLOOP_CLI_PATH), arguments, environment, msecs);
}

} // namespace leadloop::test
