import threading, os

m = threading.main_thread()
print(m is threading.current_thread(), m.name)
print(m.native_id == threading.get_native_id())
print(m.ident == threading.get_ident())
print(m.daemon, m.is_alive())
