// Correct (bounded): the same sixteen containers, each capped at a named maximum.
// Before each one grows, a size guard drops old elements once it holds its
// maximum: the oldest or first element, or all of a set; the forward_list,
// which has no size(), is counted beside it and emptied when full.
// expect-no-findings

#include <cstddef>
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

std::vector<int> g_vector;
constexpr std::size_t kMaxVector = 1024;  // the most 'g_vector' keeps
std::deque<int> g_deque;
constexpr std::size_t kMaxDeque = 1024;  // the most 'g_deque' keeps
std::list<int> g_list;
constexpr std::size_t kMaxList = 1024;  // the most 'g_list' keeps
std::forward_list<int> g_forward_list;
std::size_t g_forward_list_size;                // how many elements it holds
constexpr std::size_t kMaxForwardList = 1024;  // the most 'g_forward_list' keeps
std::map<int, int> g_map;
constexpr std::size_t kMaxMap = 1024;  // the most 'g_map' keeps
std::multimap<int, int> g_multimap;
constexpr std::size_t kMaxMultimap = 1024;  // the most 'g_multimap' keeps
std::set<int> g_set;
constexpr std::size_t kMaxSet = 1024;  // the most 'g_set' keeps
std::multiset<int> g_multiset;
constexpr std::size_t kMaxMultiset = 1024;  // the most 'g_multiset' keeps
std::unordered_map<int, int> g_unordered_map;
constexpr std::size_t kMaxUnorderedMap = 1024;  // the most 'g_unordered_map' keeps
std::unordered_multimap<int, int> g_unordered_multimap;
constexpr std::size_t kMaxUnorderedMultimap = 1024;  // the most 'g_unordered_multimap' keeps
std::unordered_set<int> g_unordered_set;
constexpr std::size_t kMaxUnorderedSet = 1024;  // the most 'g_unordered_set' keeps
std::unordered_multiset<int> g_unordered_multiset;
constexpr std::size_t kMaxUnorderedMultiset = 1024;  // the most 'g_unordered_multiset' keeps
std::basic_string<char> g_string;
constexpr std::size_t kMaxString = 1024;  // the most 'g_string' keeps
std::queue<int> g_queue;
constexpr std::size_t kMaxQueue = 1024;  // the most 'g_queue' keeps
std::stack<int> g_stack;
constexpr std::size_t kMaxStack = 1024;  // the most 'g_stack' keeps
std::priority_queue<int> g_priority_queue;
constexpr std::size_t kMaxPriorityQueue = 1024;  // the most 'g_priority_queue' keeps

int main() {
  for (;;) {
    int key, value;
    if (!poll_value(&key, &value))
      continue;
    if (g_vector.size() >= kMaxVector) g_vector.erase(g_vector.begin());
    g_vector.push_back(value);
    if (g_deque.size() >= kMaxDeque) g_deque.pop_front();
    g_deque.emplace_back(value);
    if (g_list.size() >= kMaxList) g_list.pop_back();
    g_list.push_front(value);
    if (g_forward_list_size >= kMaxForwardList) { g_forward_list.clear(); g_forward_list_size = 0; } ++g_forward_list_size;
    g_forward_list.push_front(value);
    if (g_map.size() >= kMaxMap) g_map.erase(g_map.begin());
    g_map[key] = value;
    if (g_multimap.size() >= kMaxMultimap) g_multimap.erase(g_multimap.begin());
    g_multimap.emplace(key, value);
    if (g_set.size() >= kMaxSet) g_set.clear();
    g_set.insert(key);
    if (g_multiset.size() >= kMaxMultiset) g_multiset.clear();
    g_multiset.insert(key);
    if (g_unordered_map.size() >= kMaxUnorderedMap) g_unordered_map.erase(g_unordered_map.begin());
    g_unordered_map.try_emplace(key, value);
    if (g_unordered_multimap.size() >= kMaxUnorderedMultimap) g_unordered_multimap.erase(g_unordered_multimap.begin());
    g_unordered_multimap.emplace(key, value);
    if (g_unordered_set.size() >= kMaxUnorderedSet) g_unordered_set.clear();
    g_unordered_set.insert(key);
    if (g_unordered_multiset.size() >= kMaxUnorderedMultiset) g_unordered_multiset.clear();
    g_unordered_multiset.emplace(key);
    if (g_string.size() > kMaxString) g_string.erase(0, g_string.size() - kMaxString);
    g_string.append(std::to_string(value));
    if (g_queue.size() >= kMaxQueue) g_queue.pop();
    g_queue.push(value);
    if (g_stack.size() >= kMaxStack) g_stack.pop();
    g_stack.push(value);
    if (g_priority_queue.size() >= kMaxPriorityQueue) g_priority_queue.pop();
    g_priority_queue.emplace(value);
  }
}
