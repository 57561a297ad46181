// The facts of singleton classes: each member function defined here of a class
// whose static member function hands out an object of the class is bound to that
// object (arg index -4: on the static object when the accessor's body is seen, on
// the accessor's return when it is not), and each other object made of such a
// class is noted (arg index -5). Plain classes give neither.
#include <vector>

class Limiter {  // accessor defined in another unit
 public:
  static Limiter &Instance();
  void kick();

 private:
  std::vector<int> waiting_;
};

void Limiter::kick() { waiting_.pop_back(); }

class Box {  // a Meyers singleton, seen here
 public:
  static Box &Get() {
    static Box box;
    return box;
  }
  void flush() { items_.clear(); }
  static void reset();

 private:
  std::vector<int> items_;
};

class Leaky {  // its accessor's own `new` is its one object, not another one
 public:
  static Leaky &Get() {
    static Leaky *one = new Leaky;
    return *one;
  }
};

class Plain {  // no accessor: nothing bound
 public:
  void drop() { items_.clear(); }

 private:
  std::vector<int> items_;
};

Box *spare() { return new Box; }

int main() {
  Box local;
  Plain p;
  p.drop();
  local.flush();
}
