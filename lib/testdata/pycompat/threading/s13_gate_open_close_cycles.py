import threading

class Gate:
    def __init__(self):
        self.cond = threading.Condition()
        self.open = False
        self.passed = 0
    def pass_through(self):
        with self.cond:
            self.cond.wait_for(lambda: self.open)
            self.passed += 1
            self.cond.notify_all()
    def set_open(self, v):
        with self.cond:
            self.open = v
            self.cond.notify_all()

g = Gate()
ts = [threading.Thread(target=g.pass_through) for _ in range(4)]
for t in ts:
    t.start()
with g.cond:
    print("closed, nobody passed:", g.passed, g.cond.wait_for(lambda: g.passed > 0, timeout=0.05))
g.set_open(True)
for t in ts:
    t.join()
print("opened:", g.passed)
g.set_open(False)
t = threading.Thread(target=g.pass_through)
t.start()
t.join(0.05)
print("closed again, waiting:", t.is_alive(), g.passed)
g.set_open(True)
t.join()
print("final:", g.passed, t.is_alive())
