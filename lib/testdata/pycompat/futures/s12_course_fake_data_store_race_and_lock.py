from concurrent.futures import ThreadPoolExecutor
import threading, time

class FakeDataStore:
    def __init__(self, locked):
        self.value = 0
        self._lock = threading.Lock() if locked else None
    def update(self, n):
        if self._lock:
            with self._lock:
                self._step()
        else:
            self._step()
    def _step(self):
        local_copy = self.value
        local_copy += 1
        time.sleep(0.1)
        self.value = local_copy

for locked in (False, True):
    store = FakeDataStore(locked)
    print("Testing update. Starting value is", store.value)
    with ThreadPoolExecutor(max_workers=2) as executor:
        for n in ["First", "Second", "Third"]:
            executor.submit(store.update, n)
    print("Testing update. Ending value is", store.value)
