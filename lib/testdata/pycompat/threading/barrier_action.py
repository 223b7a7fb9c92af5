import threading

order = []
lock = threading.Lock()

def action():
    order.append("action")

b = threading.Barrier(3, action=action)

def w(i):
    b.wait()
    with lock:
        order.append("after")

ts = [threading.Thread(target=w, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(order)
