// Correct (bounded): the memo is dropped whenever it reaches kMaxEntries.
// Clearing a full cache costs some recomputation but caps its memory; hot keys
// are back in the cache after their next query.

// expect-no-findings

#include <cstddef>
#include <string>
#include <unordered_map>

bool read_query(std::string *key);          // blocks for the next query; false on shutdown
void send_answer(int value);
int compute_score(const std::string &key);  // slow: hits the database

constexpr std::size_t kMaxEntries = 50000;

int lookup(const std::string &key) {
  static std::unordered_map<std::string, int> memo;
  auto it = memo.find(key);
  if (it != memo.end())
    return it->second;
  int value = compute_score(key);
  if (memo.size() >= kMaxEntries)
    memo.clear();
  memo.emplace(key, value);
  return value;
}

int main() {
  std::string key;
  while (read_query(&key))
    send_answer(lookup(key));
  return 0;
}
