/* Unit tests for units.c: command splitting and argument filtering. */
#include <stdlib.h>

#include "check.h"
#include "units.h"

static void splits_commands_like_a_shell(void) {
  PtrVec v = {0};
  units_split_command("cc -DNAME=\"a b\" 'x y' z\\ w  -c f.c", &v);
  CHECK(v.len == 6);
  if (v.len == 6) {
    CHECK_STR(v.items[1], "-DNAME=a b");
    CHECK_STR(v.items[2], "x y");
    CHECK_STR(v.items[3], "z w");
    CHECK_STR(v.items[5], "f.c");
  }
  pv_free(&v, free);
}

static void compile_database_arguments_are_filtered(void) {
  const char *dir = "/tmp/growlint-units-test";
  system("mkdir -p /tmp/growlint-units-test && touch /tmp/growlint-units-test/a.c");
  FILE *f = fopen("/tmp/growlint-units-test/compile_commands.json", "w");
  fputs("[{\"directory\": \"/tmp/growlint-units-test\", \"command\": \"gcc -Iinc -MD -MF a.d -c a.c -o a.o "
        "-fplugin=x.so\", \"file\": \"a.c\"}]", f);
  fclose(f);
  PtrVec units = {0};
  StrBuf dropped = {0};
  GlError err = {{0}};
  CHECK(units_from_cdb(dir, NULL, 0, NULL, &units, &dropped, &err) == GL_OK);
  CHECK(units.len == 1);
  if (units.len == 1) {
    Unit *u = units.items[0];
    CHECK_STR(u->file, "/tmp/growlint-units-test/a.c");
    char *args = unit_args_string(u);
    CHECK_STR(args, "-Iinc");
    free(args);
  }
  CHECK_STR(sb_cstr(&dropped), "-fplugin=x.so ");
  pv_free(&units, unit_free);
  sb_free(&dropped);
  system("rm -rf /tmp/growlint-units-test");
}

static void directories_yield_sorted_sources(void) {
  system("mkdir -p /tmp/growlint-units-dir/sub && touch /tmp/growlint-units-dir/b.cpp "
         "/tmp/growlint-units-dir/sub/a.c /tmp/growlint-units-dir/x.h /tmp/growlint-units-dir/notes.txt");
  char *paths[] = {"/tmp/growlint-units-dir"};
  PtrVec units = {0};
  GlError err = {{0}};
  CHECK(units_from_paths(paths, 1, NULL, &units, &err) == GL_OK);
  CHECK(units.len == 2);
  if (units.len == 2) {
    CHECK_STR(((Unit *)units.items[0])->file, "/tmp/growlint-units-dir/b.cpp");
    CHECK_STR(((Unit *)units.items[1])->file, "/tmp/growlint-units-dir/sub/a.c");
    char *args = unit_args_string(units.items[1]);
    CHECK_STR(args, "-std=gnu17 -I/tmp/growlint-units-dir/sub");
    free(args);
  }
  pv_free(&units, unit_free);
  system("rm -rf /tmp/growlint-units-dir");
}

static void the_language_follows_x_then_std_then_the_extension(void) {
  const char *cxx[] = {"-x", "c++", "-std=c++17"};
  const char *c_header[] = {"-x", "c-header", "-std=c17"};
  const char *gnu[] = {"-std=gnu11"};
  const char *none[] = {"-DX=1"};
  CHECK(units_lang("/a.h", cxx, 3) == LANG_CXX);
  CHECK(units_lang("/a.h", c_header, 3) == LANG_C);
  CHECK(units_lang("/a.cpp", gnu, 1) == LANG_C);
  CHECK(units_lang("/a.c", none, 1) == LANG_C);
  CHECK(units_lang("/a.h", none, 0) == LANG_C);
  CHECK(units_lang("/a.cc", none, 1) == LANG_CXX);
  CHECK(!strcmp(facts_lang_name(LANG_CXX), "c++"));
}

int main(void) {
  RUN(splits_commands_like_a_shell);
  RUN(compile_database_arguments_are_filtered);
  RUN(directories_yield_sorted_sources);
  RUN(the_language_follows_x_then_std_then_the_extension);
  return check_failures ? 1 : 0;
}
