import threading

lock = threading.Lock()
c = threading.Condition(lock)
items = []
def producer():
    for i in range(5):
        with c:
            items.append(i)
            c.notify()

t = threading.Thread(target=producer)
with c:
    t.start()
    ok = c.wait_for(lambda: len(items) == 5, timeout=10)
    print("wait_for:", ok, items, lock.locked())
t.join()
print("after with:", lock.locked())
try:
    c.wait(0.01)
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
try:
    c.notify()
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
