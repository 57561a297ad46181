#include <signal.h>
static void on_sig(int s) { (void)s; }
int main(void) { signal(SIGINT, on_sig); return 0; }
