import threading

go = threading.Event()
seen = {}

def w():
    me = threading.current_thread()
    seen["native"] = threading.get_native_id() == me.native_id
    seen["ident"] = threading.get_ident() == me.ident
    go.wait()

t = threading.Thread(target=w)
print(t.native_id, t.ident)
t.start()
while not seen:
    pass
print(seen["native"], seen["ident"], t.native_id is not None)
print(t.native_id != threading.main_thread().native_id)
go.set()
t.join()
