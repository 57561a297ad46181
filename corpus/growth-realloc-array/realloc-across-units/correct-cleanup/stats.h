/* stats.h - latency statistics shared by main.c, stats.c and reset.c. */
#ifndef STATS_H
#define STATS_H

#include <stddef.h>

extern int *g_latencies; /* latencies since the last reset; defined in stats.c */
extern size_t g_nlatencies;

void record_latency(int ms);
void print_summary(void);
void reset_latencies(void); /* defined in reset.c */

#endif
