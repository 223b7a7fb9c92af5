import threading


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.RLock()

    def deposit(self, amount):
        with self.lock:
            self.balance += amount

    def withdraw(self, amount):
        with self.lock:
            if self.balance < amount:
                return False
            self.balance -= amount
            return True

    def transfer_in(self, amount, times):
        with self.lock:
            for _ in range(times):
                self.deposit(amount)


acc = Account(100)
threads = [threading.Thread(target=acc.transfer_in, args=(5, 10)) for _ in range(4)]
threads += [threading.Thread(target=acc.withdraw, args=(30,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(acc.balance, acc.withdraw(1000), acc.withdraw(200), acc.balance)
