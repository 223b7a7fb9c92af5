import threading


class Ctx(threading.local):
    def __init__(self):
        self.calls = 0
        self.tag = threading.current_thread().name


ctx = Ctx()
out = []
lock = threading.Lock()


def work():
    for _ in range(3):
        ctx.calls += 1
    with lock:
        out.append((ctx.tag, ctx.calls))


ts = [threading.Thread(target=work, name="t%d" % i) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out))
print("main:", ctx.tag, ctx.calls)
