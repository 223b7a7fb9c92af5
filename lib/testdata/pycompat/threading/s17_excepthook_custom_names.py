import threading

seen = []

def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))

threading.excepthook = hook

def bad():
    raise KeyError("k")

ts = [threading.Thread(target=bad, name="t%d" % i) for i in range(3)]
for t in ts:
    t.start()
    t.join()
for s in seen:
    print(s)
print(threading.excepthook is hook, threading.__excepthook__ is not hook)
