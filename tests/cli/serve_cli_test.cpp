// `runstrength serve` with real clients: curl for the protocol (the calendar equals `export`
// byte for byte, ETag/Last-Modified/304, HEAD, the page, /healthz, one body for every refusal, a
// rotated token), a client sending a byte a second cut at the deadline while others are served,
// 200 connections at once, a re-plan seen at the next request, SIGTERM, and no token in the log.
#include <gtest/gtest.h>

#include <signal.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <cstdio>
#include <fstream>
#include <memory>
#include <regex>
#include <thread>

#include "support/library_fixture.hpp"

namespace rs::test {
namespace {

const std::string week_yaml = std::string(RS_TESTS_DIR) + "/fixtures/planner/week.yaml";

// Runs a shell command and returns its standard output.
std::string shell(const std::string& command) {
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  std::string out;
  char buffer[65536];
  std::size_t got = 0;
  while ((got = fread(buffer, 1, sizeof buffer, pipe.get())) > 0) out.append(buffer, got);
  return out;
}

// The value of header `name` in curl's -i/-I output ("" when absent).
std::string header(const std::string& response, const std::string& name) {
  std::smatch match;
  if (!std::regex_search(response, match, std::regex("\r\n" + name + ": ([^\r]*)\r\n", std::regex::icase))) return "";
  return match[1];
}

class ServeCli : public LibraryTest {
 protected:
  void SetUp() override {
    ASSERT_EQ(import({std::string(RS_SOURCE_DIR) + "/content"}).status, 0);
    ASSERT_EQ(run({"plan", "--schedule", week_yaml}).status, 0);
    const auto made = run({"athlete", "token", "default"});
    ASSERT_EQ(made.status, 0) << made.err;
    token = made.out.substr(0, 32);
    start("3");
  }

  // Starts the server with a connection deadline of `deadline` seconds.
  void start(const std::string& deadline) {
    base.clear();
    server = std::make_unique<CliProcess>(std::vector<std::string>{"--db", db, "serve", "--listen", "127.0.0.1:0",
                                                                   "--timeout", "2", "--deadline", deadline});
    const std::regex listening("listening on (http://127\\.0\\.0\\.1:[0-9]+)");
    for (int i = 0; i < 200 && base.empty(); ++i) {
      std::smatch match;
      const auto err = server->err_so_far();
      if (std::regex_search(err, match, listening)) {
        base = match[1];
      } else {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
      }
    }
    ASSERT_FALSE(base.empty()) << server->err_so_far();
  }

  // curl's status line, headers and body for `path` with extra curl arguments.
  std::string curl(const std::string& path, const std::string& extra = "") const {
    return shell("curl -s -i " + extra + " '" + base + path + "'");
  }

  // Stops the server with SIGTERM and returns its log.
  std::string stop() {
    server->kill(SIGTERM);
    const auto result = server->finish();
    EXPECT_EQ(result.status, 0) << result.err;
    EXPECT_NE(result.err.find("\nstopped\n"), std::string::npos) << result.err;
    EXPECT_EQ(result.err.find(token), std::string::npos) << "a token in the log";
    return result.err;
  }

  std::string token;
  std::string base;
  std::unique_ptr<CliProcess> server;
};

TEST_F(ServeCli, TheCalendarIsExportsBytesWithValidatorsAnd304) {
  const auto response = curl("/c/" + token + ".ics");
  ASSERT_EQ(response.substr(0, 15), "HTTP/1.1 200 OK") << response;
  EXPECT_EQ(header(response, "Content-Type"), "text/calendar; charset=utf-8");
  const auto body = response.substr(response.find("\r\n\r\n") + 4);
  EXPECT_EQ(body, run({"export", "1"}).out);
  const auto etag = header(response, "ETag");
  const auto modified = header(response, "Last-Modified");
  EXPECT_EQ(etag.size(), 34u) << etag;
  EXPECT_TRUE(std::regex_match(modified, std::regex("[A-Z][a-z]{2}, [0-9]{2} [A-Z][a-z]{2} [0-9]{4} [0-9:]{8} GMT")));
  EXPECT_EQ(curl("/c/" + token + ".ics", "-H 'If-None-Match: " + etag + "'").substr(0, 12), "HTTP/1.1 304");
  EXPECT_EQ(curl("/c/" + token + ".ics", "-H 'If-Modified-Since: " + modified + "'").substr(0, 12), "HTTP/1.1 304");
  EXPECT_EQ(curl("/c/" + token + ".ics", "-H 'If-None-Match: \"other\"'").substr(0, 12), "HTTP/1.1 200");
  const auto head = curl("/c/" + token + ".ics", "-I");
  EXPECT_EQ(head.substr(0, 12), "HTTP/1.1 200");
  EXPECT_EQ(header(head, "Content-Length"), std::to_string(body.size()));
  EXPECT_EQ(head.substr(head.find("\r\n\r\n") + 4), "");
  const auto page = curl("/c/" + token);
  EXPECT_EQ(header(page, "Content-Type"), "text/html; charset=utf-8");
  EXPECT_EQ(page.substr(page.find("\r\n\r\n") + 4), run({"export", "1", "--format", "html"}).out);
  EXPECT_EQ(header(page, "Referrer-Policy"), "no-referrer");
  EXPECT_EQ(header(page, "Content-Security-Policy").rfind("default-src 'none'", 0), 0u);
  EXPECT_EQ(shell("curl -s " + base + "/healthz"), "ok\n");
  const auto log = stop();
  EXPECT_NE(log.find(" 200 " + std::to_string(body.size()) + " "), std::string::npos) << log;
  EXPECT_NE(log.find("GET /c/<token>.ics\n"), std::string::npos) << log;
}

TEST_F(ServeCli, EveryRefusalHasOneBodyAndARotatedTokenStopsAtOnce) {
  std::string upper = token;
  for (auto& ch : upper) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  const std::vector<std::string> refused = {
      "/c/" + std::string(32, '0') + ".ics", "/c/" + token.substr(1) + ".ics", "/c/" + token + "0.ics",
      "/c/" + upper + ".ics", "/c/" + token.substr(2) + "%C3%A9.ics", "/c/../lib.db", "/c/%2e%2e/lib.db",
      "/lib.db", "/", "/c/" + token + ".ics/..", "/c/" + token + "%2Fx", "/c/" + std::string(5000, 'a')};
  for (const auto& path : refused) {
    const auto response = curl(path, "--path-as-is");
    EXPECT_EQ(response.substr(0, 12), "HTTP/1.1 404") << path << "\n" << response;
    EXPECT_EQ(response.substr(response.find("\r\n\r\n") + 4), "not found\n") << path;
  }
  const auto post = curl("/c/" + token + ".ics", "-X POST -d x");
  EXPECT_EQ(post.substr(0, 12), "HTTP/1.1 405") << post;
  EXPECT_EQ(post.substr(post.find("\r\n\r\n") + 4), "not found\n");
  const auto rotated = run({"athlete", "token", "default", "--rotate"}).out.substr(0, 32);
  EXPECT_EQ(curl("/c/" + token + ".ics").substr(0, 12), "HTTP/1.1 404");
  EXPECT_EQ(curl("/c/" + rotated + ".ics").substr(0, 12), "HTTP/1.1 200");
  const auto log = stop();
  EXPECT_EQ(log.find(rotated), std::string::npos);
  EXPECT_EQ(log.find(token.substr(0, 16)), std::string::npos);
}

TEST_F(ServeCli, ARePlanIsSeenAtTheNextRequestWithTheSameUids) {
  const auto before = curl("/c/" + token + ".ics");
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));  // a new second: a new DTSTAMP
  ASSERT_EQ(run({"plan", "--replan", "1", "--minutes", "55"}).status, 0);
  const auto after = curl("/c/" + token + ".ics");
  EXPECT_NE(header(after, "ETag"), header(before, "ETag"));
  EXPECT_EQ(after.substr(after.find("\r\n\r\n") + 4), run({"export", "1"}).out);
  EXPECT_NE(after.find("UID:plan1-"), std::string::npos);
  stop();
}

TEST_F(ServeCli, ASlowClientIsCutAtTheDeadlineWhileOthersAreServed) {
  const auto port = base.substr(base.rfind(':') + 1);
  const auto start = std::chrono::steady_clock::now();
  std::thread slow([&] {  // one header byte a second, for up to 20 s
    shell("python3 -c 'import socket,time\ns=socket.create_connection((\"127.0.0.1\"," + port +
          "))\ntry:\n  for b in b\"GET /healthz HTTP/1.1\\r\\nX-Slow: \" + b\"a\"*40:\n    s.send(bytes([b])); "
          "time.sleep(1)\nexcept OSError: pass'");
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  EXPECT_EQ(shell("curl -s -m 5 " + base + "/healthz"), "ok\n");
  slow.join();
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 8.0) << "the slow client was not cut at the 3 s deadline";
  stop();
}

TEST_F(ServeCli, ManyConnectionsAtOnceAreAllServed) {
  // 300 connections opened at once (curl runs at most 300 transfers in parallel): every one is
  // answered in full; the workers are bounded and the rest wait their turn, not dropped. The
  // deadline is the default one here: the fixture's 3 s cuts a connection that waits longer for a
  // worker, as it should (ASlowClientIsCutAtTheDeadline...). bench/serve measures the throughput.
  stop();
  start("15");
  const int connections = 300;
  const auto config = dir / "urls.txt";
  {
    std::ofstream file(config);
    for (int i = 0; i < connections; ++i) file << "url = \"" << base << "/c/" << token << ".ics\"\noutput = /dev/null\n";
  }
  const auto codes = shell("curl -s -Z --parallel-immediate --parallel-max " + std::to_string(connections) +
                           " -m 20 -w '%{http_code}\\n' -K " + config.string() + " | sort | uniq -c");
  EXPECT_TRUE(std::regex_search(codes, std::regex("^ *" + std::to_string(connections) + " 200\n$"))) << codes;
  EXPECT_EQ(curl("/healthz").substr(0, 12), "HTTP/1.1 200");  // and it still serves afterwards
  stop();
}

using ServeRefusal = LibraryTest;

TEST_F(ServeRefusal, AMissingOrUnreadableLibraryIsRefusedAtStart) {
  const auto missing = run({"serve", "--listen", "127.0.0.1:0"});
  EXPECT_EQ(missing.status, 1);
  EXPECT_NE(missing.err.find("no library at " + db), std::string::npos) << missing.err;
  EXPECT_FALSE(std::filesystem::exists(db));  // never created
  write_content("lib.db", std::string(4096, 'x'));
  const auto garbage = run({"serve", "--listen", "127.0.0.1:0"});
  EXPECT_EQ(garbage.status, 1);
  EXPECT_NE(garbage.err.find("is not a runstrength library"), std::string::npos) << garbage.err;
  EXPECT_EQ(run({"serve", "--listen", "nowhere"}).status, 2);
  EXPECT_EQ(run({"serve", "--listen", "127.0.0.1:70000"}).status, 2);
}

// The UIDs of the .ics files vdirsyncer keeps in `folder`, sorted, one per line.
std::string uids_in(const std::filesystem::path& folder) {
  return shell("cat '" + folder.string() + "'/*.ics | grep '^UID:' | sort");
}

TEST_F(ServeCli, VdirsyncerSubscribesAndKhalListsTheSameEventsAfterARePlan) {
  const auto home = dir / "subscriber";
  std::filesystem::create_directories(home / "cal");
  std::ofstream(home / "vdirsyncer.conf")
      << "[general]\nstatus_path = \"" << (home / "status").string() << "/\"\n\n[pair feed]\na = \"feed_remote\"\n"
      << "b = \"feed_local\"\ncollections = null\nconflict_resolution = \"a wins\"\n\n[storage feed_remote]\n"
      << "type = \"http\"\nurl = \"" << base << "/c/" << token << ".ics\"\n\n[storage feed_local]\n"
      << "type = \"filesystem\"\npath = \"" << (home / "cal").string() << "/\"\nfileext = \".ics\"\n";
  std::ofstream(home / "khal.conf") << "[calendars]\n[[plan]]\npath = " << (home / "cal").string()
                                    << "\ntype = calendar\n[locale]\ntimeformat = %H:%M\ndateformat = %Y-%m-%d\n"
                                    << "longdateformat = %Y-%m-%d\ndatetimeformat = %Y-%m-%d %H:%M\n"
                                    << "longdatetimeformat = %Y-%m-%d %H:%M\n[sqlite]\npath = "
                                    << (home / "khal.db").string() << "\n";
  const std::string env = "HOME='" + home.string() + "' XDG_CONFIG_HOME='" + home.string() + "' ";
  const std::string sync = env + "vdirsyncer -c '" + (home / "vdirsyncer.conf").string() + "' ";
  const std::string khal = env + "khal -c '" + (home / "khal.conf").string() + "' list -a plan --once -f '{title}' ";
  shell(sync + "discover 2>&1");
  shell(sync + "sync 2>&1");
  const auto first = uids_in(home / "cal");
  const auto sessions = static_cast<std::size_t>(std::count(first.begin(), first.end(), '\n'));
  EXPECT_EQ(sessions, 16u) << first;  // 8 weeks, 2 sessions
  const auto listed = shell(khal + "2026-12-01 2027-03-01 2>&1");
  std::size_t titles = 0;
  for (auto at = listed.find("Strength: "); at != std::string::npos; at = listed.find("Strength: ", at + 1)) ++titles;
  EXPECT_EQ(titles, sessions) << listed;
  EXPECT_NE(listed.find("Strength: "), std::string::npos) << listed;

  // A re-plan that changes no session: a new DTSTAMP (a new second), the same events.
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  ASSERT_EQ(run({"plan", "--replan", "1"}).status, 0);
  const auto resync = shell(sync + "sync 2>&1");
  EXPECT_EQ(resync.find("error"), std::string::npos) << resync;
  EXPECT_EQ(uids_in(home / "cal"), first);  // no duplicates, nothing replaced
  // Other equipment changes the exercises of every session. vdirsyncer's http storage always
  // replaces a subscription's UIDs by a hash of each event's content (docs/serve.md), so a changed
  // event arrives as a new file in place of the old one: the same days, no duplicates, new content.
  const auto lines_in = [&](const std::string& field) {
    return shell("cat '" + (home / "cal").string() + "'/*.ics | grep '^" + field + "' | sort");
  };
  const auto days_before = lines_in("DTSTART");
  const auto before_gym = shell("cat '" + (home / "cal").string() + "'/*.ics");
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  ASSERT_EQ(run({"plan", "--replan", "1", "--equipment", "gym"}).status, 0);
  EXPECT_EQ(shell(sync + "sync 2>&1").find("error"), std::string::npos);
  EXPECT_EQ(lines_in("DTSTART"), days_before);
  EXPECT_EQ(std::count(days_before.begin(), days_before.end(), '\n'), 16);
  EXPECT_NE(shell("cat '" + (home / "cal").string() + "'/*.ics"), before_gym);
  const auto served = shell("curl -s '" + base + "/c/" + token + ".ics' | grep '^SEQUENCE' | sort");
  EXPECT_EQ(lines_in("SEQUENCE"), served);  // what the subscriber keeps is what is served
  stop();
}

}  // namespace
}  // namespace rs::test
