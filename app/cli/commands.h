#pragma once

#include <memory>
#include <string>
#include <vector>

class QCoreApplication;

namespace bulkhead::cli {

// Exit codes shared by every command.
enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

// Each command gets the store path and its own arguments (after the command name).
int runImport(const std::string &dbPath, const std::vector<std::string> &args);
int runFindings(const std::string &dbPath, const std::vector<std::string> &args);
int runStats(const std::string &dbPath, const std::vector<std::string> &args);
int runTriage(const std::string &dbPath, const std::vector<std::string> &args);
int runSource(const std::string &dbPath, const std::vector<std::string> &args);
int runImages(const std::string &dbPath, const std::vector<std::string> &args);
int runCollect(const std::string &dbPath, const std::vector<std::string> &args);
int runWorkloads(const std::string &dbPath, const std::vector<std::string> &args);
int runRbac(const std::string &dbPath, const std::vector<std::string> &args); // rbaccommand.cpp
int runSecrets(const std::string &dbPath, const std::vector<std::string> &args); // secretscommand.cpp
int runControls(const std::string &dbPath, const std::vector<std::string> &args); // controlscommand.cpp
int runAttest(const std::string &dbPath, const std::vector<std::string> &args);   // attestcommand.cpp
int runReview(const std::string &dbPath, const std::vector<std::string> &args);   // reviewcommand.cpp
int runDrills(const std::string &dbPath, const std::vector<std::string> &args);   // drillscommand.cpp
// `report` draws Qt Charts: main gives it a QApplication (see createApplication).
int runReport(const std::string &dbPath, const std::vector<std::string> &args); // reportcommand.cpp
int runExport(const std::string &dbPath, const std::vector<std::string> &args);   // exportcommand.cpp
int runGate(const std::string &dbPath, const std::vector<std::string> &args);     // gatecommand.cpp
// `dbPathGiven`: --db was given; otherwise the demo goes to its own file, never the default store.
int runDemo(const std::string &dbPath, bool dbPathGiven, const std::vector<std::string> &args);

std::string currentUserName();
std::string isoTime(long long unixSeconds); // "2024-05-01T10:00:00Z", "" for 0
// The application object main creates once at start, before anything is printed: translations
// need one, and so do Qt Charts (`report`: a QApplication, offscreen when there is no display;
// `widgets`) and QtKeychain's D-Bus calls. Only the program name is passed: Qt would otherwise
// read arguments such as a file called "-platform" as its own options.
std::unique_ptr<QCoreApplication> createApplication(bool widgets, char *program);

} // namespace bulkhead::cli
