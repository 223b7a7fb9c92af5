import threading

cond = threading.Condition()
calls = []
items = []


def pred():
    calls.append(len(items))
    return len(items) >= 2


with cond:
    r = cond.wait_for(pred, timeout=0.3)
print("nothing came:", r, "pred calls:", len(calls))

calls.clear()
ready = threading.Event()


def producer():
    ready.wait()
    for i in range(2):
        with cond:
            items.append(i)
            cond.notify()


t = threading.Thread(target=producer)
t.start()
with cond:
    ready.set()
    r = cond.wait_for(pred, timeout=30)
t.join()
print("two came:", r, items, "first call saw", calls[0], "last saw", calls[-1])
with cond:
    print("already true:", cond.wait_for(lambda: True, timeout=0), cond.wait_for(lambda: False, timeout=0))
