import threading
from concurrent.futures import ThreadPoolExecutor


class FakeDataStore:
    def __init__(self):
        self.value = 0
        self._lock = threading.Lock()

    def locked_update(self, n):
        with self._lock:
            local_copy = self.value
            local_copy += 1
            self.value = local_copy


store = FakeDataStore()
executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="store")
for n in range(50):
    executor.submit(store.locked_update, n)
executor.shutdown(wait=True)
print("Testing update. Ending value is", store.value)
