// Correct (cleanup): the transcript is emptied once it has been uploaded.
// The archive service keeps the history; the process only buffers the lines
// received since the last upload.

// expect-no-findings

#include <string>

bool more();                           // true while the chat connection is open
std::string next_line();               // blocks for the next line of chat
bool upload_due();                     // true every few minutes
void upload(const std::string &text);  // sends a copy to the archive service

std::string g_transcript;

int main() {
  do {
    g_transcript += next_line();
    g_transcript += '\n';
    if (upload_due()) {
      upload(g_transcript);
      g_transcript.clear();
    }
  } while (more());
  upload(g_transcript);
  return 0;
}
