import threading

# pycompat: stderr

def worker():
    raise IndexError("list index out of range")

t = threading.Thread(target=worker)
t.start()
t.join()
u = threading.Thread(target=worker)
u.start()
u.join()
print(t.name, u.name)
