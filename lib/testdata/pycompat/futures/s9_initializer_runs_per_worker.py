from concurrent.futures import ThreadPoolExecutor
import threading

count = [0]
lock = threading.Lock()

def init():
    with lock:
        count[0] += 1

with ThreadPoolExecutor(max_workers=1, initializer=init) as ex:
    print([ex.submit(lambda i=i: i).result() for i in range(3)])
print(count[0])
