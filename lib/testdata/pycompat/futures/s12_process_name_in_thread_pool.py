from concurrent.futures import ThreadPoolExecutor
import multiprocessing, threading

def where():
    return multiprocessing.current_process().name, threading.current_thread().name

with ThreadPoolExecutor(max_workers=1, thread_name_prefix="io") as ex:
    print(ex.submit(where).result())
print(where())
