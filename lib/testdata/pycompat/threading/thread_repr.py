import threading

stop = threading.Event()
t = threading.Thread(target=stop.wait, name="w")
print(t)
d = threading.Thread(target=stop.wait, name="d", daemon=True)
print(d)
t.start()
print(repr(t).startswith("<Thread(w, started "))
stop.set()
t.join()
print(repr(t).startswith("<Thread(w, stopped "), repr(t).endswith(")>"))
print(repr(threading.main_thread()).split(",")[0])
