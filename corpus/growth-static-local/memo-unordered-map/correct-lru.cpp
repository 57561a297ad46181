// Correct (lru): the memo is a least-recently-used cache of kCapacity entries.
// A list keeps keys in order of use; inserting past the capacity erases the
// least recently used key from both the list and the map.

// expect-no-findings

#include <cstddef>
#include <list>
#include <string>
#include <unordered_map>
#include <utility>

bool read_query(std::string *key);          // blocks for the next query; false on shutdown
void send_answer(int value);
int compute_score(const std::string &key);  // slow: hits the database

constexpr std::size_t kCapacity = 50000;
using Order = std::list<std::string>;

int lookup(const std::string &key) {
  static Order order;  // most recently used first
  static std::unordered_map<std::string, std::pair<int, Order::iterator>> memo;
  auto it = memo.find(key);
  if (it != memo.end()) {
    order.splice(order.begin(), order, it->second.second);
    return it->second.first;
  }
  int value = compute_score(key);
  order.push_front(key);
  memo.emplace(key, std::make_pair(value, order.begin()));
  if (memo.size() > kCapacity) {
    memo.erase(order.back());
    order.pop_back();
  }
  return value;
}

int main() {
  std::string key;
  while (read_query(&key))
    send_answer(lookup(key));
  return 0;
}
