from threading import Timer

def hello():
    print("hello, world")

t = Timer(0.05, hello)
t.start()  # after 0.05 seconds, "hello, world" will be printed
t.join()
u = Timer(30.0, hello)
u.start()
u.cancel()
u.join()
print("cancelled one never printed")
