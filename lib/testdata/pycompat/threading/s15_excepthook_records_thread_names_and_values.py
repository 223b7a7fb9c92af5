import threading

caught = []


def hook(args):
    caught.append((args.thread.name, args.exc_type.__name__, str(args.exc_value)))


def fail(kind):
    if kind == "key":
        {}["missing"]
    elif kind == "zero":
        1 / 0
    elif kind == "value":
        raise ValueError("bad value")


threading.excepthook = hook
ts = [threading.Thread(target=fail, args=(k,), name=f"t-{k}") for k in ("key", "zero", "value", "none")]
for t in ts:
    t.start()
    t.join()
threading.excepthook = threading.__excepthook__
for c in caught:
    print(c)
print([t.is_alive() for t in ts], len(caught))
