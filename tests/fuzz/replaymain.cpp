// The main of a fuzz target in the ordinary (gcc) build, where there is no libFuzzer: runs
// LLVMFuzzerTestOneInput once on every file named or found (recursively) in the directories named
// on the command line, as libFuzzer does with -runs=0. A crash, an abort or a failed check in the
// target fails the ctest; so does finding no input at all (a replay of nothing proves nothing).

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);
// Optional, as in libFuzzer: targets that need set-up before the first input define it.
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

namespace {

bool replay(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "cannot read %s\n", file.c_str());
        return false;
    }
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // A copy the exact size of the input, as libFuzzer hands it: a read past the end is then a
    // read past the allocation (visible to a sanitizer build) rather than into spare capacity.
    const std::vector<std::uint8_t> data(bytes.begin(), bytes.end());
    LLVMFuzzerTestOneInput(data.data(), data.size());
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    int count = 0;
    bool ok = true;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path arg(argv[i]);
        std::error_code ec;
        if (std::filesystem::is_directory(arg, ec)) {
            std::vector<std::filesystem::path> files;
            for (const auto &e : std::filesystem::recursive_directory_iterator(
                     arg, std::filesystem::directory_options::follow_directory_symlink, ec)) {
                if (e.is_regular_file()) // follows the links to the shared fixtures
                    files.push_back(e.path());
            }
            std::sort(files.begin(), files.end()); // the same order every run
            for (const auto &f : files) {
                std::printf("replaying %s\n", f.c_str());
                std::fflush(stdout); // the last name printed is the input that crashed
                ok = replay(f) && ok;
                ++count;
            }
        } else if (std::filesystem::is_regular_file(arg, ec)) {
            std::printf("replaying %s\n", arg.c_str());
            std::fflush(stdout);
            ok = replay(arg) && ok;
            ++count;
        } else {
            std::printf("skipped %s: no such file or directory\n", argv[i]);
        }
    }
    std::printf("%d inputs replayed\n", count);
    if (count == 0) {
        std::fprintf(stderr, "no input to replay\n");
        return 1;
    }
    return ok ? 0 : 1;
}
