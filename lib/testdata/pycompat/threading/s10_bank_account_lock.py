import threading

class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.Lock()

    def withdraw(self, amount):
        with self.lock:
            if self.balance >= amount:
                self.balance -= amount
                return True
            return False

    def deposit(self, amount):
        with self.lock:
            self.balance += amount

acct = Account(100)
ok = []
def spender():
    for _ in range(10):
        ok.append(acct.withdraw(3))
def saver():
    for _ in range(10):
        acct.deposit(1)

ts = [threading.Thread(target=spender) for _ in range(5)] + [threading.Thread(target=saver) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(acct.balance + 3 * ok.count(True) == 120, acct.balance >= 0, len(ok))
