import threading

class Summer(threading.Thread):
    def __init__(self, nums):
        super().__init__()
        self.nums = nums
        self.total = None

    def run(self):
        self.total = sum(self.nums)

ws = [Summer(range(i * 10, i * 10 + 10)) for i in range(3)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print([w.total for w in ws], [w.name for w in ws])
