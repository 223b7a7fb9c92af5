import threading

m = threading.main_thread()
print(m.name, m.daemon, m.is_alive(), m.ident == threading.get_ident())
print(m.native_id == threading.get_native_id(), threading.current_thread() is m)
print(m.native_id > 0, isinstance(threading.get_ident(), int))
