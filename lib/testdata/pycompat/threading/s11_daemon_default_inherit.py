import threading

out = {}
def child():
    out["child"] = threading.current_thread().daemon
def parent():
    out["parent"] = threading.current_thread().daemon
    c = threading.Thread(target=child)
    out["c_before_start"] = c.daemon
    c.start()
    c.join()
for d in (False, True):
    t = threading.Thread(target=parent, daemon=d)
    t.start()
    t.join()
    print(d, out)
print(threading.Thread(target=child).daemon, threading.Thread(target=child, daemon=True).daemon)
