import threading

class Worker(threading.Thread):
    def __init__(self, name, gate, nxt):
        super().__init__()
        self.name = name
        self.gate = gate
        self.nxt = nxt

    def run(self):
        self.gate.wait()
        print("sub thread end", threading.current_thread().name)
        if self.nxt is not None:
            self.nxt.set()

gates = [threading.Event() for _ in range(3)] + [None]
print("main thread start")
for i in range(3):
    Worker("thread {}".format(i), gates[i], gates[i + 1]).start()
print("main thread end", threading.active_count())
gates[0].set()
