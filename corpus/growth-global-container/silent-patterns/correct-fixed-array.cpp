// Correct (fixed-array): the recent samples live in a fixed-size ring buffer.
// A static array of 64 ints cannot grow; the write index wraps modulo 64 and
// overwrites the oldest sample.

// expect-no-findings

bool next_sample(int *value);  // blocks for the next sample; false on shutdown
void publish_max(int max);

static int ring[64];
static unsigned ring_pos;

int main() {
  int value;
  while (next_sample(&value)) {
    ring[ring_pos] = value;
    ring_pos = (ring_pos + 1) % 64;
    int max = ring[0];
    for (int v : ring)
      if (v > max)
        max = v;
    publish_max(max);
  }
  return 0;
}
