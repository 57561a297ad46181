// Mistake: the same registry, its map type named by a using-declaration.
// Every login stores the session under its user's name; the map's elements
// own the sessions, so a session outlives its connection and the map grows with
// every new user name.
#include <map>
#include <memory>
#include <string>

struct Session {
  explicit Session(std::string user) : user(std::move(user)) {}
  std::string user;
};

bool next_login(std::string &user);                     // blocks for the next login
void serve(std::shared_ptr<Session> session);           // hands the session to the I/O threads

using by_user_map = std::map<std::string, std::shared_ptr<Session>>;
static by_user_map g_by_user;  // expect-finding: growth-global-container fix=weak-reference

int main() {
  std::string user;
  while (next_login(user)) {  // expect-note: this loop repeats for every input it reads, so the growth repeats
    auto session = std::make_shared<Session>(user);
    g_by_user[user] = session;  // expect-note: 'g_by_user' grows here (operator[])
    serve(session);
  }
}
