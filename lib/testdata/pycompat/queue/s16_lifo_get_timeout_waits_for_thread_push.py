import queue
import threading

stack = queue.LifoQueue()
pushed = threading.Event()


def pusher():
    for x in ("a", "b", "c"):
        stack.put(x)
    pushed.set()


try:
    stack.get(timeout=0.2)
except queue.Empty:
    print("empty stack times out")
t = threading.Thread(target=pusher)
t.start()
pushed.wait()
t.join()
print([stack.get(timeout=1) for _ in range(3)], stack.qsize())
