import queue
import threading

tasks = queue.Queue()
done = queue.SimpleQueue()
stack = queue.LifoQueue(maxsize=5)


def worker():
    name = threading.current_thread().name
    while (item := tasks.get()) is not None:
        done.put((name, item))
        stack.put_nowait(item)
        tasks.task_done()
    tasks.task_done()


w = threading.Thread(target=worker, name="only-worker")
w.start()
for x in "abc":
    tasks.put(x)
tasks.put(None)
tasks.join()
w.join()
print([done.get() for _ in range(done.qsize())])
print([stack.get() for _ in range(stack.qsize())], stack.maxsize)
