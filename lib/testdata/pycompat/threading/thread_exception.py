import threading

# pycompat: stderr

def worker():
    raise ValueError("boom")

t = threading.Thread(target=worker)
t.start()
t.join()
print("main goes on", t.is_alive())
