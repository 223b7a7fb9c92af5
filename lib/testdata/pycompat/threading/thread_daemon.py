import threading

t = threading.Thread(target=lambda: None)
print(t.daemon)
t2 = threading.Thread(target=lambda: None, daemon=True)
print(t2.daemon)
inner = []

def spawner():
    c = threading.Thread(target=lambda: None)
    inner.append(c.daemon)

d = threading.Thread(target=spawner, daemon=True)
d.start()
d.join()
n = threading.Thread(target=spawner)
n.start()
n.join()
print(inner)
print(threading.main_thread().daemon)
