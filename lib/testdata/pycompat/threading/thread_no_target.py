import threading

t = threading.Thread(name="empty")
t.start()
t.join()
print(t.name, t.is_alive())
t2 = threading.Thread()
t2.run()
print("run without target returns")
