import threading

c = threading.Condition()
items = []
with c:
    print(c.wait_for(lambda: len(items) > 0, timeout=0.02))
    print(c.wait(0.01))
    items.append(1)
    print(c.wait_for(lambda: len(items) > 0, timeout=0.02))
    print(c.wait_for(lambda: len(items), timeout=0))
