import threading

class Summer(threading.Thread):
    def __init__(self, nums, **kw):
        super().__init__(**kw)
        self.nums = nums
        self.total = None
    def run(self):
        self.total = sum(self.nums)

ws = [Summer(range(10)), Summer([1, 2, 3], name="small"), Summer(range(100), daemon=True)]
for w in ws:
    print(w.name, w.daemon, w.total)
for w in ws: w.start()
for w in ws: w.join()
print([(w.name, w.total, w.is_alive()) for w in ws])
