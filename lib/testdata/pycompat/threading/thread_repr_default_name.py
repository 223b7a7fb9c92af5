import threading

def worker():
    pass

t = threading.Thread(target=worker)
t.start()
t.join()
print(repr(t).split(",")[0])
u = threading.Thread(target=worker)
u.start()
u.join()
print(repr(u).split(",")[0], u.name)
