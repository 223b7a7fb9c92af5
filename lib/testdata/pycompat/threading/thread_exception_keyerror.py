import threading

# pycompat: stderr

def lookup():
    d = {}
    raise KeyError("missing")

def ok():
    print("ok thread ran")

t = threading.Thread(target=lookup, name="looker")
t.start()
t.join()
u = threading.Thread(target=ok)
u.start()
u.join()
print(t.is_alive(), u.is_alive())
