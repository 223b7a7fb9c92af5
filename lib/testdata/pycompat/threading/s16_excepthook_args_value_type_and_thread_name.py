import threading

seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name, args.exc_traceback is not None))


threading.excepthook = hook


def fail(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "key":
        raise KeyError("k")
    raise RuntimeError("runtime")


for kind in ("value", "key", "runtime"):
    t = threading.Thread(target=fail, args=(kind,), name="t-" + kind)
    t.start()
    t.join()
for s in seen:
    print(s)
threading.excepthook = threading.__excepthook__
