import queue

stack = queue.LifoQueue()
trace = []

def call(name, depth):
    stack.put(name)
    trace.append("enter %s (depth %d)" % (name, stack.qsize()))
    if depth > 0:
        call(name + ".child", depth - 1)
    top = stack.get()
    trace.append("leave %s" % top)

call("main", 2)
print("\n".join(trace))
print(stack.empty())
