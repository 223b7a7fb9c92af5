import threading

def show():
    t = threading.current_thread()
    print(t.name, t is threading.main_thread(), t.daemon)

for name in ("alpha", "beta"):
    th = threading.Thread(target=show, name=name)
    th.start()
    th.join()
show()
