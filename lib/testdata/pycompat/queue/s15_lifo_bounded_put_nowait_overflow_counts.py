import queue

stack = queue.LifoQueue(maxsize=3)
accepted, rejected = [], []
for i in range(6):
    try:
        stack.put_nowait(i)
        accepted.append(i)
    except queue.Full:
        rejected.append(i)
print(accepted, rejected, stack.full())
print([stack.get_nowait() for _ in range(3)], stack.empty())
