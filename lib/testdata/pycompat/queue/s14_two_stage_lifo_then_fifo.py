import queue

stack = queue.LifoQueue()
line = queue.Queue()
for i in range(1, 6):
    stack.put(i)
while not stack.empty():
    line.put(stack.get() * 10)
print([line.get() for _ in range(line.qsize())], stack.qsize(), line.qsize())
