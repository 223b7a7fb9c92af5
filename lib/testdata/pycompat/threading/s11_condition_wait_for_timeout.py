import threading

cond = threading.Condition()
items = []
with cond:
    print(cond.wait_for(lambda: len(items) > 0, timeout=0.02))
def produce():
    with cond:
        items.append("x")
        cond.notify()
t = threading.Thread(target=produce)
with cond:
    t.start()
    print(cond.wait_for(lambda: len(items) > 0, timeout=10), items)
t.join()
with cond:
    print(cond.wait_for(lambda: True, timeout=0))
