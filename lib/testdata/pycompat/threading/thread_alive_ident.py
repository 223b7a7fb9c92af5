import threading

go = threading.Event()
t = threading.Thread(target=go.wait)
print(t.is_alive(), t.ident)
t.start()
print(t.is_alive(), t.ident is not None, t.ident != threading.get_ident())
go.set()
t.join()
print(t.is_alive(), t.ident is not None)
print(threading.main_thread().ident == threading.get_ident())
print(threading.current_thread() is threading.main_thread())
