import threading

got = []

def hook(args):
    got.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))

threading.excepthook = hook

def bad():
    raise KeyError("k")

t = threading.Thread(target=bad, name="bad")
t.start()
t.join()
print(got)
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)
