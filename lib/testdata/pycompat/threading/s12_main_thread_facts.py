import threading
m = threading.main_thread()
c = threading.current_thread()
print(m is c, m.name, m.is_alive(), m.daemon, m.ident == threading.get_ident())
def inside():
    t = threading.current_thread()
    print(t is threading.main_thread(), t.name, threading.main_thread().name)
t = threading.Thread(target=inside, name="helper")
t.start(); t.join()
