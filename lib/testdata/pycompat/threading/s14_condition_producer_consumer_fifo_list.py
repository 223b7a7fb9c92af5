import threading

items = []
cond = threading.Condition()
consumed = []


def consumer(n):
    for _ in range(n):
        with cond:
            cond.wait_for(lambda: items)
            consumed.append(items.pop(0))


def producer(values):
    for v in values:
        with cond:
            items.append(v)
            cond.notify()


c = threading.Thread(target=consumer, args=(6,))
p = threading.Thread(target=producer, args=("abcdef",))
c.start()
p.start()
p.join()
c.join()
print("".join(consumed), items)
