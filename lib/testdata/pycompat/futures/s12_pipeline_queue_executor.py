import concurrent.futures, queue, threading

pipeline = queue.Queue(maxsize=3)
stop = threading.Event()
consumed = []
def producer():
    for i in range(8):
        pipeline.put(i)
    stop.set()
def consumer():
    while not (stop.is_set() and pipeline.empty()):
        try:
            consumed.append(pipeline.get(timeout=0.05))
        except queue.Empty:
            pass
with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ex:
    ex.submit(producer)
    ex.submit(consumer)
print(consumed, pipeline.qsize())
