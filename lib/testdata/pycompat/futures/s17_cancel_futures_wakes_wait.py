import threading
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED

gate = threading.Event()
started = threading.Event()
ex = ThreadPoolExecutor(1)
first = ex.submit(lambda: (started.set(), gate.wait(30)))
queued = ex.submit(pow, 3, 3)
started.wait(30)
stopper = threading.Thread(target=ex.shutdown, kwargs={"wait": False, "cancel_futures": True})
stopper.start()
done, not_done = wait([queued], timeout=0.3, return_when=FIRST_COMPLETED)
print(len(done), queued.cancelled())
gate.set()
stopper.join()
ex.shutdown(wait=True)
print(first.done(), first.cancelled())
