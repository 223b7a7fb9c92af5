import threading


class Gate(threading.Event):
    def __init__(self, name):
        super().__init__()
        self.name = name
        self.opened = 0

    def open(self):
        self.opened += 1
        self.set()


def wait_all(waiters, timeout):
    return [w.wait(timeout) for w in waiters]


gates = [Gate("a"), Gate("b")]
threading.Timer(0.05, gates[1].open).start()
print(wait_all(gates, 0.01))
print(wait_all(gates[1:], 30), [g.opened for g in gates], [g.is_set() for g in gates])
gates[0].open()
gates[0].open()
print(wait_all(gates, 0), [g.opened for g in gates], [g.name for g in gates])
