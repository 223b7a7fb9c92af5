import threading

c = threading.Condition()
items = []
got = []

def consumer():
    for _ in range(5):
        with c:
            c.wait_for(lambda: items)
            got.append(items.pop(0))

t = threading.Thread(target=consumer)
t.start()
for i in range(5):
    with c:
        items.append(i * 10)
        c.notify()
t.join()
print(got)
