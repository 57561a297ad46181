// Correct (bounded): the transcript keeps only its last kMaxBytes characters.
// When the string passes the cap its oldest text is erased, so a chat that
// runs for weeks uses no more memory than one that runs for an hour.

// expect-no-findings

#include <cstddef>
#include <string>

bool more();                           // true while the chat connection is open
std::string next_line();               // blocks for the next line of chat
bool upload_due();                     // true every few minutes
void upload(const std::string &text);  // sends a copy to the archive service

constexpr std::size_t kMaxBytes = 1 << 20;
std::string g_transcript;

int main() {
  do {
    g_transcript += next_line();
    g_transcript += '\n';
    if (g_transcript.size() > kMaxBytes)
      g_transcript.erase(0, g_transcript.size() - kMaxBytes);
    if (upload_due())
      upload(g_transcript);
  } while (more());
  return 0;
}
