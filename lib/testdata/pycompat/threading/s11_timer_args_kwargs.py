import threading

results = []
def greet(greeting, name, punct="."):
    results.append(greeting + ", " + name + punct)

t = threading.Timer(0.01, greet, args=("Hello", "Ada"), kwargs={"punct": "!"})
t.start()
t.join()
t2 = threading.Timer(0.01, greet, ["Hi", "Bob"])
t2.start()
t2.join()
print(results)
print(t.interval, t2.interval, t.is_alive())
