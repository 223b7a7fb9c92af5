import threading

class Account:
    def __init__(self, name, balance):
        self.name, self.balance = name, balance
        self.lock = threading.Lock()

def transfer(src, dst, amount, times):
    for _ in range(times):
        first, second = sorted((src, dst), key=lambda a: a.name)
        with first.lock, second.lock:
            src.balance -= amount
            dst.balance += amount

a, b = Account("a", 1000), Account("b", 1000)
ts = [threading.Thread(target=transfer, args=(a, b, 3, 100)),
      threading.Thread(target=transfer, args=(b, a, 2, 150))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(a.balance, b.balance, a.balance + b.balance)
