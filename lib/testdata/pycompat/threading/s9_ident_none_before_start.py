import threading

t = threading.Thread(target=lambda: None)
print(t.ident, t.native_id, t.is_alive())
t.start()
t.join()
print(t.ident is not None, t.native_id is not None)
