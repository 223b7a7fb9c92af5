import threading

info = {}

def w():
    me = threading.current_thread()
    info["same_ident"] = me.ident == threading.get_ident()
    info["same_native"] = me.native_id == threading.get_native_id()
    info["not_main"] = me is not threading.main_thread()
    info["main_ident_differs"] = threading.main_thread().ident != threading.get_ident()
    info["in_enumerate"] = me in threading.enumerate()

t = threading.Thread(target=w)
print(t.ident, t.native_id, t.is_alive())
t.start()
t.join()
print(sorted(info.items()))
print(t.ident is not None, t.native_id is not None, t in threading.enumerate())
