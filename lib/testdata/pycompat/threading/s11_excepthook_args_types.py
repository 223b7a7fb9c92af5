import threading

def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name, args.thread.is_alive())

threading.excepthook = hook
def bad(kind):
    if kind == "value":
        raise ValueError("bad value")
    raise KeyError("k")

for kind in ("value", "key"):
    t = threading.Thread(target=bad, args=(kind,), name="t-" + kind)
    t.start()
    t.join()
print("main goes on", threading.active_count())
