from concurrent.futures import Future

f = Future()
log = []


def outer(fut):
    log.append("outer sees " + str(fut.result()))
    fut.add_done_callback(lambda g: log.append("inner runs at once"))
    log.append("outer ends")


f.add_done_callback(outer)
f.add_done_callback(lambda g: log.append("second"))
f.set_result(5)
print(log)
