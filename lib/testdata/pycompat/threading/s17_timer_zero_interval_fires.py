import threading

out = []
t = threading.Timer(0, out.append, args=("now",))
t.start()
t.join()
print(out, t.is_alive())
t2 = threading.Timer(0.0, lambda: out.append(threading.current_thread() is t2))
t2.start()
t2.join()
print(out)
