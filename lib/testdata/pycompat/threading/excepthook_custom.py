import threading

seen = []

def hook(args):
    seen.append((str(args.exc_value), args.thread.name, args.thread.is_alive(), args.exc_traceback is not None))

threading.excepthook = hook

def boom(n):
    raise ValueError("bad %d" % n)

for i in range(2):
    t = threading.Thread(target=boom, args=(i,), name="worker-%d" % i)
    t.start()
    t.join()
    print(t.is_alive())
print(seen)
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)
