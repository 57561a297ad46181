// Correct (cleanup): the same sixteen containers, each emptied once a batch is complete.
// Sequence and associative containers are cleared; the adapters (queue, stack,
// priority_queue), which have no clear(), are popped until empty.

// expect-no-findings

#include <deque>
#include <forward_list>
#include <list>
#include <map>
#include <queue>
#include <set>
#include <stack>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

bool poll_value(int *key, int *value);  // blocks for the next key/value pair
bool batch_done();                      // true when the current batch has been committed

std::vector<int> g_vector;
std::deque<int> g_deque;
std::list<int> g_list;
std::forward_list<int> g_forward_list;
std::map<int, int> g_map;
std::multimap<int, int> g_multimap;
std::set<int> g_set;
std::multiset<int> g_multiset;
std::unordered_map<int, int> g_unordered_map;
std::unordered_multimap<int, int> g_unordered_multimap;
std::unordered_set<int> g_unordered_set;
std::unordered_multiset<int> g_unordered_multiset;
std::basic_string<char> g_string;
std::queue<int> g_queue;
std::stack<int> g_stack;
std::priority_queue<int> g_priority_queue;

int main() {
  for (;;) {
    int key, value;
    if (!poll_value(&key, &value))
      continue;
    g_vector.push_back(value);
    g_deque.emplace_back(value);
    g_list.push_front(value);
    g_forward_list.push_front(value);
    g_map[key] = value;
    g_multimap.emplace(key, value);
    g_set.insert(key);
    g_multiset.insert(key);
    g_unordered_map.try_emplace(key, value);
    g_unordered_multimap.emplace(key, value);
    g_unordered_set.insert(key);
    g_unordered_multiset.emplace(key);
    g_string.append(std::to_string(value));
    g_queue.push(value);
    g_stack.push(value);
    g_priority_queue.emplace(value);
    if (!batch_done())
      continue;
    g_vector.clear();
    g_deque.clear();
    g_list.clear();
    g_forward_list.clear();
    g_map.clear();
    g_multimap.clear();
    g_set.clear();
    g_multiset.clear();
    g_unordered_map.clear();
    g_unordered_multimap.clear();
    g_unordered_set.clear();
    g_unordered_multiset.clear();
    g_string.clear();
    while (!g_queue.empty())
      g_queue.pop();
    while (!g_stack.empty())
      g_stack.pop();
    while (!g_priority_queue.empty())
      g_priority_queue.pop();
  }
}
