import threading

cond = threading.Condition()
items = []

def consumer(n):
    with cond:
        while not items:
            cond.wait()
        print("consumer", n, "got", items.pop(0))

ts = []
for i in range(3):
    t = threading.Thread(target=consumer, args=(i,))
    t.start()
    ts.append(t)
    # wait until the consumer waits
    while True:
        with cond:
            if len(cond._waiters) == i + 1:
                break
for i in range(3):
    with cond:
        items.append(i * 10)
        cond.notify()
    ts[i].join()
print("done")
