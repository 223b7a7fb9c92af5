import queue
import threading

stack = queue.LifoQueue()
for i in range(5):
    stack.put(i)
out = []
t = threading.Thread(target=lambda: out.extend(stack.get() for _ in range(3)))
t.start()
t.join()
stack.put(99)
print(out, stack.get(), stack.get(), stack.get(), stack.empty())
