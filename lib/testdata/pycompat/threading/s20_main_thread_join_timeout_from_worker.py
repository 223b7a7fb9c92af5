import threading

res = []

def w():
    m = threading.main_thread()
    res.append((m.join(0.02), m.is_alive(), m.name, threading.current_thread() is m))

t = threading.Thread(target=w)
t.start()
t.join()
print(res)
