import threading

cond = threading.Condition()
items = []
got = []

def consumer():
    with cond:
        ok = cond.wait_for(lambda: len(items) >= 3, timeout=30)
        got.append((ok, list(items)))

t = threading.Thread(target=consumer)
t.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
t.join()
print(got)
with cond:
    print(cond.wait_for(lambda: len(items) > 5, timeout=0.02))
