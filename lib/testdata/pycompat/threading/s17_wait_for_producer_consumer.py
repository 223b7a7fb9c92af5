import threading

c = threading.Condition()
items = []

def producer():
    for i in range(5):
        with c:
            items.append(i)
            c.notify_all()

with c:
    t = threading.Thread(target=producer)
    t.start()
    ok = c.wait_for(lambda: len(items) == 5, timeout=30)
    print(ok, items)
t.join()
with c:
    print(c.wait_for(lambda: len(items) > 5, timeout=0.02))
