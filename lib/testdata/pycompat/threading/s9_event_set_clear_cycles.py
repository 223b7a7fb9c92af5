import threading

e = threading.Event()
ack = threading.Event()
log = []

def worker():
    for i in range(3):
        e.wait()
        e.clear()
        log.append(i)
        ack.set()

t = threading.Thread(target=worker)
t.start()
for _ in range(3):
    e.set()
    ack.wait()
    ack.clear()
t.join()
print(log, e.is_set(), ack.is_set())
