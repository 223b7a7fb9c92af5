import threading

def show():
    print("run in", threading.current_thread().name)

t = threading.Thread(target=show, name="never-started")
t.run()
print(t.is_alive())
