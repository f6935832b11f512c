#pragma once

#include <QtGlobal>

// A fixture's set-up step that must succeed, checked in every build. Q_ASSERT is compiled out of
// release builds together with the call inside it; QVERIFY cannot stop a test from a constructor
// or a helper that returns a value. This stops the test (a failure in the log) with the condition
// and where it is.
#define LKK_FIXTURE_CHECK(condition)                                                                                   \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            qFatal("%s:%d: test fixture set-up failed: %s", __FILE__, __LINE__, #condition);                           \
    } while (false)
