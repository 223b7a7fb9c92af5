import queue
import threading

stack = queue.LifoQueue()
for page in ["home", "about", "blog", "post-1", "post-2"]:
    stack.put(page)
visited = []
go = threading.Event()


def back_button():
    go.wait()
    while True:
        try:
            page = stack.get_nowait()
        except queue.Empty:
            break
        visited.append(page)
        stack.task_done()


t = threading.Thread(target=back_button, name="back")
t.start()
print("before", stack.qsize(), stack.unfinished_tasks)
go.set()
stack.join()
t.join()
print("visited", visited)
print("after", stack.qsize(), stack.unfinished_tasks, stack.empty())
