#include <vector>
#include <map>
std::vector<int> v; std::map<int,int> m;
void f() { for (int i = 0; i < 3; i++) v.push_back(i); while (1) { m[1] = 2; v.clear(); } }
