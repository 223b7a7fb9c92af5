import threading

m = threading.main_thread()
print(m.name, m.is_alive(), m.daemon, m is threading.current_thread())
print(type(m).__name__, m.ident == threading.get_ident(), m.native_id == threading.get_native_id())
try:
    m.join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    m.start()
except RuntimeError as e:
    print("RuntimeError:", e)
