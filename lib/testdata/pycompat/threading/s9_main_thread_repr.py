import threading, re

m = threading.main_thread()
print(re.sub(r"\d+", "N", repr(m)))
print(m.name, m.daemon, m.is_alive())
print(m.ident == threading.get_ident())
