from concurrent.futures import ThreadPoolExecutor


class Store:
    def __init__(self):
        self.data = {}

    def put(self, k, v):
        self.data[k] = v
        return k

    def get(self, k):
        return self.data.get(k)


def run_all(executor, calls):
    return [executor.submit(fn, *args) for fn, args in calls]


s = Store()
with ThreadPoolExecutor(1) as ex:
    fs = run_all(ex, [(s.put, ("a", 1)), (s.put, ("b", 2)), (s.get, ("a",)), (s.get, ("zz",))])
    print([f.result() for f in fs])
print(sorted(s.data.items()))
