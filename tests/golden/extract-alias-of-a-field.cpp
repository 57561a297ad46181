#include <deque>
struct S { std::deque<int> q; };
static S g_s;
void f() { auto &r = g_s.q; r.push_back(1); }
