/* cmd.h - the history and documentation commands (cmd_history.c), each
 * with the signature of main.c's command table and its own usage text. */
#ifndef GROWLINT_CMD_H
#define GROWLINT_CMD_H

int cmd_history(int argc, char **argv);
int cmd_findings(int argc, char **argv);
int cmd_diff(int argc, char **argv);
int cmd_show(int argc, char **argv);
int cmd_triage(int argc, char **argv);
int cmd_baseline(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_dump_facts(int argc, char **argv); /* cmd_dump_facts.c */

/* Flushes stdout; a failed write turns code into a usage error (main.c). */
int cmd_finish(int code);

extern const char history_usage[], findings_usage[], diff_usage[], show_usage[], triage_usage[], baseline_usage[],
    explain_usage[], dump_facts_usage[];

#endif
