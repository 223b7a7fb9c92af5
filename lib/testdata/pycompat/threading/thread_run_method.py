import threading

class Counter(threading.Thread):
    def __init__(self):
        super().__init__()
        self.total = 0

    def run(self):
        for i in range(5):
            self.total += i

class Job:
    def work(self):
        print("job in", threading.current_thread().name)

c = Counter()
c.start()
c.join()
print(c.name, c.total)
t = threading.Thread(target=Job().work)
t.start()
t.join()
