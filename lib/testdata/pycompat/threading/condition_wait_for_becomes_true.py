import threading

cond = threading.Condition()
items = []

def producer():
    for i in range(3):
        with cond:
            items.append(i)
            cond.notify_all()

with cond:
    t = threading.Thread(target=producer)
    t.start()
    ok = cond.wait_for(lambda: len(items) == 3, timeout=10)
    print(ok, items)
t.join()
with cond:
    print(cond.wait_for(lambda: len(items) > 3, timeout=0.02), len(items))
