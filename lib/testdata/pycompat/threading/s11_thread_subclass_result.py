import threading

class Summer(threading.Thread):
    def __init__(self, nums):
        super().__init__(name="summer-%d" % len(nums))
        self.nums = nums
        self.total = None
    def run(self):
        self.total = sum(self.nums)

ws = [Summer(list(range(n))) for n in (10, 100, 1000)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print([(w.name, w.total) for w in ws])
