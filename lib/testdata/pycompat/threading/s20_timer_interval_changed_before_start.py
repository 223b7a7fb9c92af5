import threading

out = []
t = threading.Timer(30, lambda: out.append("fired"))
print(t.interval)
t.interval = 0.01
t.start()
t.join()
print(out, t.is_alive(), t.interval)
