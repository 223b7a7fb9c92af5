import threading

res = {}

def inner():
    res["inner"] = threading.current_thread().daemon

def outer():
    a = threading.Thread(target=inner)
    b = threading.Thread(target=inner, daemon=False)
    res["a_before"] = a.daemon
    res["b_before"] = b.daemon
    a.start(); a.join()
    b.start(); b.join()
    res["a"] = a.daemon
    res["b"] = b.daemon

t = threading.Thread(target=outer, daemon=True)
t.start()
t.join()
print(sorted(res.items()))
m = threading.Thread(target=inner)
print(m.daemon, threading.current_thread().daemon, threading.main_thread().daemon)
