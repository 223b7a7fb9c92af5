import threading


def download():
    print("downloading in", threading.current_thread().name)


def remind():
    print("reminder in", threading.current_thread().name)


worker = threading.Thread(target=download)
helper = threading.Thread(target=download, name="helper")
main_name = threading.current_thread().name
print(worker.name, helper.name, main_name)
timer = threading.Timer(0, remind)
print(timer.name)
for t in (worker, helper, timer):
    t.start()
    t.join()
print(worker.is_alive(), timer.is_alive())
