// Sockets, HTTP, child processes and signals, checked from the trace: which
// phase each callback runs in, and how the events name their handles.
#include <catch2/catch.hpp>

#include "trace_support.hpp"

using ts::test::run_traced;
using ts::test::TracedEvent;

namespace {

const TracedEvent* first_enter(const ts::test::TracedRun& run, const std::string& kind,
                               const std::string& name = {}) {
  for (const auto& e : run.events) {
    if (e.kind == "callback.enter" && e.get("kind") == kind && (name.empty() || e.get("name") == name)) {
      return &e;
    }
  }
  return nullptr;
}

// The callback.enter that was running when event `e` was recorded.
const TracedEvent* running_at(const ts::test::TracedRun& run, const TracedEvent& e) {
  const TracedEvent* open = nullptr;
  std::vector<const TracedEvent*> stack;
  for (const auto& x : run.events) {
    if (x.seq >= e.seq) break;
    if (x.kind == "callback.enter") stack.push_back(&x);
    if (x.kind == "callback.exit" && !stack.empty()) stack.pop_back();
  }
  if (!stack.empty()) open = stack.back();
  return open;
}

}  // namespace

TEST_CASE("a socket's 'close' event runs in the close phase, from its handle's close callback",
          "[net][trace]") {
  auto run = run_traced(
      "var net = require('net');\n"
      "var server = net.createServer(function (sock) { sock.end('bye'); });\n"
      "server.listen(0, '127.0.0.1', function () {\n"
      "  var c = net.connect(server.address().port, '127.0.0.1');\n"
      "  c.on('data', function () {});\n"
      "  c.on('end', function () {\n"
      "    c.destroy();\n"
      "    c.on('close', function () { console.log('closed'); server.close(); });\n"
      "  });\n"
      "});\n");
  REQUIRE(run.result.code == 0);
  REQUIRE(run.result.out == "closed\n");
  const TracedEvent* printed = run.printed("closed\n");
  REQUIRE(printed != nullptr);
  CHECK(printed->phase == "close");
  const TracedEvent* cb = running_at(run, *printed);
  REQUIRE(cb != nullptr);
  CHECK(cb->get("kind") == "close");
  // The close callback is the handle's (same id as its handle.close, which
  // the destroy() in the 'end' callback caused), announced by handle.closed.
  bool found = false;
  for (const TracedEvent* closed : run.of("handle.closed")) {
    if (closed->id != cb->id) continue;
    found = true;
    CHECK(closed->phase == "close");
    CHECK(closed->get("type") == "tcp");
  }
  CHECK(found);
  for (const TracedEvent* close : run.of("handle.close")) {
    if (close->id == cb->id) CHECK(close->phase == "poll");
  }
}

TEST_CASE("accepted connections, reads, writes and HTTP heads name their handles",
          "[net][http][trace]") {
  auto run = run_traced(
      "var http = require('http');\n"
      "var server = http.createServer(function (req, res) { res.end('ok'); });\n"
      "server.listen(0, '127.0.0.1', function () {\n"
      "  http.get({ host: '127.0.0.1', port: server.address().port, path: '/a?b=1' }, function (res) {\n"
      "    res.resume();\n"
      "    res.on('end', function () { console.log('status ' + res.statusCode); server.close(); });\n"
      "  });\n"
      "});\n");
  REQUIRE(run.result.code == 0);
  REQUIRE(run.result.out == "status 200\n");
  auto listens = run.of("net.listen");
  REQUIRE(listens.size() == 1);
  CHECK(listens[0]->get("address") == "127.0.0.1");
  CHECK(listens[0]->get("error").empty());
  auto accepts = run.of("net.accept");
  REQUIRE(accepts.size() == 1);
  CHECK(accepts[0]->phase == "poll");
  CHECK(accepts[0]->num("server") == listens[0]->id);
  // The 'connection' callback runs with the server's id.
  const TracedEvent* onconn = first_enter(run, "tcp", "onconnection");
  REQUIRE(onconn != nullptr);
  CHECK(onconn->id == listens[0]->id);
  // The request head was parsed on the accepted socket.
  auto requests = run.of("http.request");
  REQUIRE(requests.size() == 1);
  CHECK(requests[0]->id == accepts[0]->id);
  CHECK(requests[0]->get("method") == "GET");
  CHECK(requests[0]->get("url") == "/a?b=1");
  CHECK(requests[0]->get("version") == "1.1");
  auto responses = run.of("http.response");
  REQUIRE(responses.size() == 1);
  CHECK(responses[0]->num("status") == 200);
  CHECK(responses[0]->get("message") == "OK");
  // The server's reply was written on the accepted socket, at once.
  bool wrote = false;
  for (const TracedEvent* w : run.of("net.write")) {
    if (w->id != accepts[0]->id) continue;
    wrote = true;
    CHECK(w->num("bytes") > 0);
    CHECK(w->num("queued") == 0);
  }
  CHECK(wrote);
  // Every read is followed by its callback, with the handle's id, in poll.
  for (const TracedEvent* r : run.of("net.read")) CHECK(r->phase == "poll");
  for (const auto& e : run.events) {
    if (e.kind == "callback.enter" && e.get("kind") == "tcp") CHECK(e.phase == "poll");
  }
}

TEST_CASE("a child's spawn and exit are recorded, and the exit callback runs in poll",
          "[child][trace]") {
  auto run = run_traced(
      "var cp = require('child_process');\n"
      "var c = cp.spawn('sh', ['-c', 'exit 3']);\n"
      "c.on('exit', function (code) { console.log('exit ' + code); });\n");
  REQUIRE(run.result.code == 0);
  REQUIRE(run.result.out == "exit 3\n");
  auto spawns = run.of("child.spawn");
  REQUIRE(spawns.size() == 1);
  CHECK(spawns[0]->get("file") == "sh");
  CHECK(spawns[0]->get("args") == "[\"sh\",\"-c\",\"exit 3\"]");
  CHECK(spawns[0]->get("error").empty());
  CHECK(spawns[0]->num("pid") > 0);
  auto exits = run.of("child.exit");
  REQUIRE(exits.size() == 1);
  CHECK(exits[0]->id == spawns[0]->id);
  CHECK(exits[0]->num("code") == 3);
  CHECK(exits[0]->num("pid") == spawns[0]->num("pid"));
  CHECK(exits[0]->phase == "poll");
  const TracedEvent* onexit = first_enter(run, "process");
  REQUIRE(onexit != nullptr);
  CHECK(onexit->id == spawns[0]->id);
  CHECK(onexit->phase == "poll");
}

TEST_CASE("a watched signal does not keep the loop alive and arrives in poll", "[child][trace]") {
  auto run = run_traced(
      "process.on('SIGUSR2', function (name) { console.log('got ' + name); clearTimeout(t); });\n"
      "var t = setTimeout(function () {}, 5000);\n"
      "process.kill(process.pid, 'SIGUSR2');\n");
  REQUIRE(run.result.code == 0);
  REQUIRE(run.result.out == "got SIGUSR2\n");
  auto watches = run.of("signal.watch");
  REQUIRE(!watches.empty());
  CHECK(watches[0]->get("signal") == "SIGUSR2");
  auto received = run.of("signal.receive");
  REQUIRE(received.size() == 1);
  CHECK(received[0]->phase == "poll");
  CHECK(received[0]->id == watches[0]->id);
  auto kills = run.of("child.kill");
  REQUIRE(kills.size() == 1);
  CHECK(kills[0]->get("signal") == "SIGUSR2");
  CHECK(kills[0]->get("error").empty());
}
