from concurrent.futures import Future, ThreadPoolExecutor


class Ready:
    def __init__(self, v):
        self.v = v

    def result(self, timeout=None):
        return self.v

    def done(self):
        return True


def collect(things):
    return [(t.done(), t.result(timeout=5)) for t in things]


with ThreadPoolExecutor(1) as ex:
    f = ex.submit(lambda: "pooled")
    f.result()
    m = Future()
    m.set_result("manual")
    print(collect([f, m, Ready("plain")]))
