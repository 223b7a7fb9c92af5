import threading

caught = []
threading.excepthook = lambda a: caught.append((a.exc_type.__name__, str(a.exc_value)))

def fail(n):
    if n % 2:
        raise ValueError("odd %d" % n)

ts = [threading.Thread(target=fail, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(caught), [t.is_alive() for t in ts])
