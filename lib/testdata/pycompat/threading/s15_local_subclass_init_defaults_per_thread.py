import threading


class Ctx(threading.local):
    def __init__(self, role):
        self.role = role
        self.calls = 0


ctx = Ctx("default")
out = {}
lock = threading.Lock()


def use(name):
    ctx.calls += 1
    ctx.calls += 1
    with lock:
        out[name] = (ctx.role, ctx.calls)


ctx.calls = 10
ts = [threading.Thread(target=use, args=(n,)) for n in ("x", "y")]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out.items()), ctx.calls, ctx.role)
