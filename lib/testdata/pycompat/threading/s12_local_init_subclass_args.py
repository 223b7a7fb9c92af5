import threading

class Conn(threading.local):
    def __init__(self, host):
        self.host = host
        self.calls = 0

conn = Conn("db.local")
seen = []
lock = threading.Lock()
def use():
    conn.calls += 1
    with lock:
        seen.append((conn.host, conn.calls))
ts = [threading.Thread(target=use) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
conn.calls += 10
print(seen, conn.calls)
