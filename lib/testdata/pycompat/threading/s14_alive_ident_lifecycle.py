import threading

go = threading.Event()
t = threading.Thread(target=go.wait, name="waiter")
print(t.is_alive(), t.ident is None, t.native_id is None)
t.start()
print(t.is_alive(), t.ident is not None, t.ident == t.native_id or True)
print(t in threading.enumerate(), threading.active_count())
t.join(timeout=0.1)
print("after join(0.1):", t.is_alive())
go.set()
t.join()
print(t.is_alive(), t.ident is not None, t in threading.enumerate(), threading.active_count())
