import queue
import threading

tasks = queue.Queue()
log = []


def greet(name):
    log.append("hello " + name)


def add(a, b):
    log.append("%d+%d=%d" % (a, b, a + b))


def worker():
    while True:
        fn, args = tasks.get()
        if fn is None:
            tasks.task_done()
            break
        fn(*args)
        tasks.task_done()


t = threading.Thread(target=worker, name="dispatcher")
t.start()
tasks.put((greet, ("world",)))
tasks.put((add, (2, 3)))
tasks.put((greet, ("queue",)))
tasks.put((None, ()))
tasks.join()
t.join()
print(log)
print(t.name, t.is_alive(), tasks.unfinished_tasks)
