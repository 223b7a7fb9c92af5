import threading

class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.RLock()

accounts = [Account("A", 100), Account("B", 50), Account("C", 0)]
def transfer(src, dst, amount, times):
    first, second = sorted((src, dst), key=lambda a: a.name)
    for _ in range(times):
        with first.lock:
            with second.lock:
                src.balance -= amount
                dst.balance += amount

plan = [(0, 1, 3, 100), (1, 2, 2, 100), (2, 0, 1, 100), (1, 0, 1, 50)]
ts = [threading.Thread(target=transfer, args=(accounts[s], accounts[d], amt, n)) for s, d, amt, n in plan]
for t in ts:
    t.start()
for t in ts:
    t.join()
print([(a.name, a.balance) for a in accounts], sum(a.balance for a in accounts))
