from concurrent.futures import ThreadPoolExecutor
import threading, time

ex = ThreadPoolExecutor(max_workers=1)
gate = threading.Event()
def task(i):
    gate.wait()
    time.sleep(0.01)
    print("task", i, "done")
for i in range(3):
    ex.submit(task, i)
print("main done, workers daemon:", [t.daemon for t in threading.enumerate() if t is not threading.main_thread()])
gate.set()
