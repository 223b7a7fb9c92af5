import threading

def hello():
    print("hello from", threading.current_thread().name)

t = threading.Timer(0.01, hello)
t.start()
t.join()
print(t.name)
t2 = threading.Thread(target=hello)
t2.start()
t2.join()
