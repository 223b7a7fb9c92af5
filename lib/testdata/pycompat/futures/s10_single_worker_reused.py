from concurrent.futures import ThreadPoolExecutor
import threading

seen = set()
lock = threading.Lock()
def who(_):
    with lock:
        seen.add(threading.current_thread().name)
    return threading.current_thread().name.startswith("ThreadPoolExecutor-")

with ThreadPoolExecutor(max_workers=1) as ex:
    print(all(ex.map(who, range(5))), len(seen))
