import concurrent.futures as cf, threading

progress = []
lock = threading.Lock()
def report(f):
    with lock:
        progress.append(len(progress) + 1)

with cf.ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(pow, 2, n) for n in range(8)]
    for f in fs:
        f.add_done_callback(report)
print(progress, sorted(f.result() for f in fs))
