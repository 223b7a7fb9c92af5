import threading

ev = threading.Event()
t = threading.Thread(target=ev.wait)
print(t.ident, t.native_id)
t.start()
print(type(t.ident).__name__, type(t.native_id).__name__, t.ident != threading.get_ident())
ev.set()
t.join()
print(t.ident is not None, t.native_id is not None)
print(threading.main_thread().ident == threading.get_ident())
print(threading.main_thread().native_id == threading.get_native_id())
