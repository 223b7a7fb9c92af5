import threading

items = []
cond = threading.Condition()
consumed = []


def consumer(n):
    for _ in range(n):
        with cond:
            cond.wait_for(lambda: items)
            consumed.append(items.pop(0))
            cond.notify_all()


c = threading.Thread(target=consumer, args=(6,))
c.start()
for i in range(6):
    with cond:
        cond.wait_for(lambda: len(items) < 2)
        items.append(i * i)
        cond.notify_all()
c.join()
print(consumed, items)
with cond:
    print(cond.wait_for(lambda: False, timeout=0.05), cond.wait(timeout=0.01))
