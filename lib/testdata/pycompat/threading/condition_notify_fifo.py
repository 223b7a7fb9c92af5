import threading

cond = threading.Condition()
waiting = 0
order = []

def w(i):
    global waiting
    with cond:
        waiting += 1
        cond.wait()
        order.append(i)

ts = []
for i in range(4):
    t = threading.Thread(target=w, args=(i,))
    t.start()
    ts.append(t)
    while True:
        with cond:
            if waiting == i + 1:
                break
for _ in range(4):
    with cond:
        n = len(order)
        cond.notify()
    while True:
        with cond:
            if len(order) == n + 1:
                break
for t in ts:
    t.join()
print(order)
