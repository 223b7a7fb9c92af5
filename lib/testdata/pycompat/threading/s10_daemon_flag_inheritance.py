import threading

res = {}
def inner():
    res["inner"] = threading.current_thread().daemon

def outer():
    t = threading.Thread(target=inner)
    res["child_before"] = t.daemon
    t.start()
    t.join()

for d in (True, False):
    t = threading.Thread(target=outer, daemon=d)
    t.start()
    t.join()
    print(d, res)
print(threading.Thread(target=inner).daemon)
