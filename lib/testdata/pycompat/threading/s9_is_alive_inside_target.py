import threading

seen = []

def w():
    me = threading.current_thread()
    seen.append((me.is_alive(), me.name, me is t))

t = threading.Thread(target=w, name="self-check")
t.start()
t.join()
print(seen, t.is_alive())
