// The progress line of the commands (src/cli/progress_line.cpp): a step that is one long
// call, reporting nothing between its start and its end (a Graphviz layout), still shows,
// drawn by the line's own thread, so that a long report never looks hung (issue 30).
#include <doctest/doctest.h>

#include <chrono>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>

#include "cli/progress_line.hpp"

using ecosys::cli::ProgressLine;

namespace {

/// What std::cerr receives while alive.
class CapturedErr {
public:
    CapturedErr() : old_(std::cerr.rdbuf(text_.rdbuf())) {}
    ~CapturedErr() { std::cerr.rdbuf(old_); }
    CapturedErr(const CapturedErr&) = delete;
    CapturedErr& operator=(const CapturedErr&) = delete;
    [[nodiscard]] std::string text() const { return text_.str(); }

private:
    std::ostringstream text_;
    std::streambuf* old_;
};

}  // namespace

TEST_CASE("progress line: a step with nothing to count shows how long it has run, with no report in between") {
    CapturedErr err;
    {
        ProgressLine line(false);
        line.update("report: overview diagram", 0, 1);
        std::this_thread::sleep_for(std::chrono::milliseconds(2700));  // one call, silent, past the 2 s
        line.update("report: overview diagram", 1, 1);
    }
    // On a terminal "\rreport: overview diagram (0:02)\x1b[K", in a log "ecosys: report:
    // overview diagram (0:02)" and "... done in 0:03": the running time either way (0:02 or
    // 0:03, as the line's half-second clock falls).
    CHECK(err.text().find("report: overview diagram (0:0") != std::string::npos);
}

TEST_CASE("progress line: quick steps and quiet lines print nothing; nested steps end with their outer one") {
    CapturedErr err;
    {
        ProgressLine line(false);
        line.update("report: regions", 0, 3);
        line.update("betweenness of region a", 0, 10);  // an inner step that never says it ended
        line.update("report: regions", 1, 3);            // the outer one goes on: the inner one is over
        line.update("report: regions", 3, 3);
        std::this_thread::sleep_for(std::chrono::milliseconds(2600));  // nothing left to show
    }
    {
        ProgressLine quiet(true);
        quiet.update("report: explorer", 0, 1);
        std::this_thread::sleep_for(std::chrono::milliseconds(2600));
        quiet.update("report: explorer", 1, 1);
    }
    CHECK(err.text().empty());
}

TEST_CASE("progress line: the text of a step that counts and of one that cannot") {
    CHECK(ProgressLine::format("betweenness", 4200, 10000, 12.0) == "betweenness: 42% (4,200/10,000, 350/s, 0:17 left)");
    CHECK(ProgressLine::format("report: explorer", 0, 1, 75.0) == "report: explorer (1:15)");
    CHECK(ProgressLine::format("report: regions", 0, 12, 3.0) == "report: regions: 0% (0/12)");
}
