// Mistake: one global of each standard container, all grown in the event loop and never shrunk.
// Whatever the container, an element added on every pass of a loop that never
// ends, and never removed, is a leak in a long-running program.

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

std::vector<int> g_vector;  // expect-finding: growth-global-container fix=bounded
std::deque<int> g_deque;  // expect-finding: growth-global-container fix=bounded
std::list<int> g_list;  // expect-finding: growth-global-container fix=bounded
std::forward_list<int> g_forward_list;  // expect-finding: growth-global-container fix=bounded
std::map<int, int> g_map;  // expect-finding: growth-global-container fix=bounded
std::multimap<int, int> g_multimap;  // expect-finding: growth-global-container fix=bounded
std::set<int> g_set;  // expect-finding: growth-global-container fix=bounded
std::multiset<int> g_multiset;  // expect-finding: growth-global-container fix=bounded
std::unordered_map<int, int> g_unordered_map;  // expect-finding: growth-global-container fix=bounded
std::unordered_multimap<int, int> g_unordered_multimap;  // expect-finding: growth-global-container fix=bounded
std::unordered_set<int> g_unordered_set;  // expect-finding: growth-global-container fix=bounded
std::unordered_multiset<int> g_unordered_multiset;  // expect-finding: growth-global-container fix=bounded
std::basic_string<char> g_string;  // expect-finding: growth-global-container fix=bounded
std::queue<int> g_queue;  // expect-finding: growth-global-container fix=bounded
std::stack<int> g_stack;  // expect-finding: growth-global-container fix=bounded
std::priority_queue<int> g_priority_queue;  // expect-finding: growth-global-container fix=bounded

int main() {
  for (;;) {  // expect-note x16: this loop never ends, so the growth repeats
    int key, value;
    if (!poll_value(&key, &value))
      continue;
    g_vector.push_back(value);  // expect-note: 'g_vector' grows here (push_back)
    g_deque.emplace_back(value);  // expect-note: 'g_deque' grows here (emplace_back)
    g_list.push_front(value);  // expect-note: 'g_list' grows here (push_front)
    g_forward_list.push_front(value);  // expect-note: 'g_forward_list' grows here (push_front)
    g_map[key] = value;  // expect-note: 'g_map' grows here (operator[])
    g_multimap.emplace(key, value);  // expect-note: 'g_multimap' grows here (emplace)
    g_set.insert(key);  // expect-note: 'g_set' grows here (insert)
    g_multiset.insert(key);  // expect-note: 'g_multiset' grows here (insert)
    g_unordered_map.try_emplace(key, value);  // expect-note: 'g_unordered_map' grows here (try_emplace)
    g_unordered_multimap.emplace(key, value);  // expect-note: 'g_unordered_multimap' grows here (emplace)
    g_unordered_set.insert(key);  // expect-note: 'g_unordered_set' grows here (insert)
    g_unordered_multiset.emplace(key);  // expect-note: 'g_unordered_multiset' grows here (emplace)
    g_string.append(std::to_string(value));  // expect-note: 'g_string' grows here (append)
    g_queue.push(value);  // expect-note: 'g_queue' grows here (push)
    g_stack.push(value);  // expect-note: 'g_stack' grows here (push)
    g_priority_queue.emplace(value);  // expect-note: 'g_priority_queue' grows here (emplace)
  }
}
