#include <string>
std::string s;
void f() { for (;;) s += "x"; for (int i=0;;i++) s += "y"; }
