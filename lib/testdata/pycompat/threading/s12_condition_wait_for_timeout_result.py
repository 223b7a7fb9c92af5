import threading

cond = threading.Condition()
items = []
calls = 0
def pred():
    global calls
    calls += 1
    return len(items) >= 2

with cond:
    r = cond.wait_for(pred, timeout=0.02)
print(r, calls >= 1)
def add():
    with cond:
        items.append(1)
        items.append(2)
        cond.notify()
t = threading.Thread(target=add)
with cond:
    t.start()
    r = cond.wait_for(pred, timeout=5)
t.join()
print(r, items)
with cond:
    print(cond.wait(0), cond.wait_for(lambda: len(items) == 2, timeout=0))
