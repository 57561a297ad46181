// Mistake: a function-local static memo caches the score of every key ever queried.
// lookup() runs once per query for the life of the server; each new key is
// inserted and none is evicted, so the cache grows with the key space.

#include <string>
#include <unordered_map>

bool read_query(std::string *key);          // blocks for the next query; false on shutdown
void send_answer(int value);
int compute_score(const std::string &key);  // slow: hits the database

int lookup(const std::string &key) {
  static std::unordered_map<std::string, int> memo;  // expect-finding: growth-static-local fix=bounded
  auto it = memo.find(key);
  if (it != memo.end())
    return it->second;
  int value = compute_score(key);
  memo.emplace(key, value);  // expect-note: 'memo' grows here (emplace)
  return value;
}

int main() {
  std::string key;
  while (read_query(&key))  // expect-note: this loop repeats for every input it reads, so the growth repeats
    send_answer(lookup(key));  // expect-note: 'lookup' is called here by 'main', inside a loop that repeats for every input it reads
  return 0;
}
