// Mistake: a global transcript string collects every chat line and is never emptied.
// The do/while runs until the connection closes, which for a chat relay can be
// weeks; uploading a copy does not release anything, so the string keeps growing.

#include <string>

bool more();                           // true while the chat connection is open
std::string next_line();               // blocks for the next line of chat
bool upload_due();                     // true every few minutes
void upload(const std::string &text);  // sends a copy to the archive service

std::string g_transcript;  // expect-finding: growth-global-container fix=bounded

int main() {
  do {  // expect-note: this loop repeats for every input it reads, so the growth repeats
    g_transcript += next_line();  // expect-note: 'g_transcript' grows here (operator+=)
    g_transcript += '\n';  // expect-note: 'g_transcript' grows here (operator+=)
    if (upload_due())
      upload(g_transcript);
  } while (more());
  return 0;
}
