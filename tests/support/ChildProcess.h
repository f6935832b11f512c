#pragma once

#include <QProcess>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

namespace lkk::test {

// Makes the kernel kill `process` when the test that started it dies, however it dies (an
// AddressSanitizer abort, a crash, a ctest timeout's SIGKILL): an orphaned server would keep its
// port and its database for minutes. Call before start(); the process must be started from the
// test's main thread, whose end is what the kernel watches.
inline void endWithTest(QProcess& process) {
#ifdef Q_OS_LINUX
    const pid_t test = ::getpid();
    process.setChildProcessModifier([test] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != test) // the test died before the signal was armed
            ::_exit(1);
    });
#else
    Q_UNUSED(process);
#endif
}

} // namespace lkk::test
