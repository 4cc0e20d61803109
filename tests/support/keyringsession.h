#pragma once

#include <optional>

namespace bulkhead::test {

// Tests of the desktop keyring run inside a private D-Bus session with GNOME Keyring unlocked by a
// throw-away password, HOME and the XDG directories in a temporary folder: the user's own keyring
// is never touched and no desktop session is needed (CI needs the Debian packages dbus-daemon and
// gnome-keyring).

// The environment variable that marks the re-run ("1" inside the session).
inline constexpr const char *kKeyringSessionVariable = "BULKHEAD_KEYRING_TEST_SESSION";

// Outside the session: re-runs this program with the same arguments inside one and returns its
// exit code. std::nullopt when already inside, or when dbus-run-session or gnome-keyring-daemon is
// missing (then insideKeyringSession() stays false and keyring tests skip). Needs a
// QCoreApplication.
std::optional<int> rerunInKeyringSession(int argc, char **argv);
bool insideKeyringSession();

} // namespace bulkhead::test

// Skips the current test with a clear message outside a keyring session.
#define BULKHEAD_REQUIRE_KEYRING()                                                                  \
    do {                                                                                           \
        if (!bulkhead::test::insideKeyringSession())                                               \
            QSKIP("needs dbus-run-session and gnome-keyring-daemon (Debian packages dbus-daemon and " \
                  "gnome-keyring)");                                                               \
    } while (false)

// A Qt Test main that runs the whole test inside a keyring session when it can.
#define BULKHEAD_KEYRING_TEST_MAIN(TestObject)                                                      \
    int main(int argc, char **argv)                                                                \
    {                                                                                              \
        QCoreApplication app(argc, argv);                                                          \
        if (const auto code = bulkhead::test::rerunInKeyringSession(argc, argv))                   \
            return *code;                                                                          \
        TestObject tc;                                                                             \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }
