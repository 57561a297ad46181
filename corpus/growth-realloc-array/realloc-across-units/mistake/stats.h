/* stats.h - latency statistics shared by main.c and stats.c. */
#ifndef STATS_H
#define STATS_H

#include <stddef.h>

extern int *g_latencies; /* every latency recorded; defined in stats.c */
extern size_t g_nlatencies;

void record_latency(int ms);
void print_summary(void);

#endif
