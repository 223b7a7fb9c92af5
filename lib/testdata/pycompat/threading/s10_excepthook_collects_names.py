import threading

caught = []
lock = threading.Lock()

def hook(args):
    with lock:
        caught.append((args.thread.name, str(args.exc_value)))

threading.excepthook = hook

def fail(i):
    if i % 2:
        raise RuntimeError("odd %d" % i)

ts = [threading.Thread(target=fail, args=(i,), name="w%d" % i) for i in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(caught))
print(threading.active_count())
