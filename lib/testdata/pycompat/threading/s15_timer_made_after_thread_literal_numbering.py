import threading


def work():
    pass


worker = threading.Thread(target=work)
timer = threading.Timer(0, work)
print(worker.name, "|", timer.name)
