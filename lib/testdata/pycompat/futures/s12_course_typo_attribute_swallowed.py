from concurrent.futures import ThreadPoolExecutor

class Store:
    def __init__(self):
        self.valud = 0
    def update(self, n):
        self.value += 1

store = Store()
with ThreadPoolExecutor(max_workers=2) as executor:
    fs = [executor.submit(store.update, n) for n in ["First", "Second"]]
print("no error shown; value attr exists:", hasattr(store, "value"))
print([type(f.exception()).__name__ for f in fs])
