// Many clients connecting at once are all let in: none has its SYN dropped
// by a full accept queue, which makes it wait a second to try again.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <sstream>

#include "tests/http/test_server.h"

namespace kb {
namespace {

// The kernel's count of connections dropped because a listening socket's
// queue was full (TcpExt ListenOverflows in /proc/net/netstat).
uint64_t listen_overflows() {
  std::ifstream in("/proc/net/netstat");
  std::string names;
  std::string values;
  while (std::getline(in, names) && std::getline(in, values)) {
    if (names.rfind("TcpExt:", 0) != 0) continue;
    std::istringstream n(names);
    std::istringstream v(values);
    std::string name;
    std::string value;
    while (n >> name && v >> value) {
      if (name == "ListenOverflows") return std::stoull(value);
    }
  }
  ADD_FAILURE() << "no ListenOverflows in /proc/net/netstat";
  return 0;
}

TEST(ListenBacklogApiTest, ABurstOfConnectionsIsNotDropped) {
  testing::TempDir index;
  testing::TestServer server(index.path().string());
  const uint64_t before = listen_overflows();

  constexpr int kConnections = 256;
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(server.port()));
  inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
  std::vector<pollfd> sockets;
  for (int i = 0; i < kConnections; ++i) {
    const int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    ASSERT_GE(fd, 0);
    const int rc = connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address);
    ASSERT_TRUE(rc == 0 || errno == EINPROGRESS) << std::strerror(errno);
    sockets.push_back({.fd = fd, .events = POLLOUT, .revents = 0});
  }
  // A dropped SYN is sent again after a second; all connect well before.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(900);
  int connected = 0;
  while (connected < kConnections && std::chrono::steady_clock::now() < deadline) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    poll(sockets.data(), sockets.size(), static_cast<int>(std::max<int64_t>(1, left.count())));
    connected = static_cast<int>(std::count_if(sockets.begin(), sockets.end(), [](const pollfd& s) {
      return (s.revents & POLLOUT) != 0 && (s.revents & (POLLERR | POLLHUP)) == 0;
    }));
  }
  const uint64_t after = listen_overflows();
  for (const auto& s : sockets) close(s.fd);

  EXPECT_EQ(after - before, 0u);
  EXPECT_EQ(connected, kConnections);
}

}  // namespace
}  // namespace kb
