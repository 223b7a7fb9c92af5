import queue
import threading

stack = queue.LifoQueue()
for x in range(5):
    stack.put(x)
order = []


def worker():
    while True:
        try:
            x = stack.get_nowait()
        except queue.Empty:
            return
        order.append(x)
        stack.task_done()


t = threading.Thread(target=worker)
t.start()
stack.join()
t.join()
print(order, stack.unfinished_tasks)
