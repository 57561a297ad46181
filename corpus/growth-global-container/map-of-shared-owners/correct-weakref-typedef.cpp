// Correct (weak-reference): the same registry through a named map type, holding weak_ptr.
// The I/O threads own each Session; the map only observes it, and the expired
// entries are erased where it grows, so it holds the live sessions only.
// expect-no-findings
#include <iterator>
#include <map>
#include <memory>
#include <string>

struct Session {
  explicit Session(std::string user) : user(std::move(user)) {}
  std::string user;
};

bool next_login(std::string &user);                     // blocks for the next login
void serve(std::shared_ptr<Session> session);           // hands the session to the I/O threads

using by_user_map = std::map<std::string, std::weak_ptr<Session>>;
static by_user_map g_by_user;

int main() {
  std::string user;
  while (next_login(user)) {
    auto session = std::make_shared<Session>(user);
    for (auto it = g_by_user.begin(); it != g_by_user.end();) it = it->second.expired() ? g_by_user.erase(it) : std::next(it);
    g_by_user[user] = session;
    serve(session);
  }
}
