import threading

go = threading.Event()
t = threading.Thread(target=go.wait, name="bg", daemon=True)
print(repr(t))
t.start()
r = repr(t)
print(r.startswith("<Thread(bg, started daemon "), r.endswith(")>"))
go.set()
t.join()
r = repr(t)
print(r.startswith("<Thread(bg, stopped daemon "), r.endswith(")>"))
print(str(t) == repr(t))
