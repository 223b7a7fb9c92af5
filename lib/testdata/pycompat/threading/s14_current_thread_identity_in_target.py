import threading

seen = {}


def target():
    me = threading.current_thread()
    seen["same object"] = me is t
    seen["ident"] = me.ident == threading.get_ident()
    seen["name"] = me.name


t = threading.Thread(target=target, name="probe")
t.start()
t.join()
print(sorted(seen.items()))
print(threading.current_thread() is threading.main_thread())
