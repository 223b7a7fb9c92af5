import threading

seen = []
def fire():
    me = threading.current_thread()
    seen.append((me is t, me.is_alive(), me.name == t.name))
    t.cancel()

t = threading.Timer(0.01, fire)
t.start()
t.join()
print(seen, t.is_alive())
t.cancel()
u = threading.Timer(10, fire)
u.start()
print("pending timer alive:", u.is_alive(), threading.active_count())
u.cancel()
u.join(5)
print("cancelled timer alive:", u.is_alive(), threading.active_count(), len(seen))
