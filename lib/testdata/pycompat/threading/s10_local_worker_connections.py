import threading

local = threading.local()
created = []
lock = threading.Lock()

def get_conn():
    if not hasattr(local, "conn"):
        local.conn = "conn-for-" + threading.current_thread().name
        with lock:
            created.append(local.conn)
    return local.conn

def worker():
    for _ in range(3):
        get_conn()

ts = [threading.Thread(target=worker, name="w%d" % i) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(created))
print(get_conn(), get_conn() is get_conn())
