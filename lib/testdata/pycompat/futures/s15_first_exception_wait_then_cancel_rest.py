import threading
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait

started = threading.Event()


def job(i):
    if i == 0:
        started.wait()
        raise RuntimeError("job 0 failed")
    if i == 1:
        started.set()
        return "one"
    threading.Event().wait(0.01)
    return i


ex = ThreadPoolExecutor(max_workers=2)
fs = [ex.submit(job, i) for i in range(6)]
done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
failed = [f for f in done if f.exception()]
print(len(failed), str(failed[0].exception()))
cancelled = [f.cancel() for f in not_done]
ex.shutdown(wait=True)
print(all(f.done() for f in fs), fs[1].result())
print(sum(f.cancelled() for f in fs) == sum(cancelled))
