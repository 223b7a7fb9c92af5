import threading

inside = threading.Event()
release = threading.Event()
seen = []

def w():
    seen.append(threading.current_thread().is_alive())
    inside.set()
    release.wait(30)

t = threading.Thread(target=w)
print(t.is_alive())
t.start()
inside.wait(30)
print(t.is_alive(), seen)
release.set()
t.join()
print(t.is_alive())
