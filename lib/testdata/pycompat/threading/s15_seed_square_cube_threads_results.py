import threading

num = 11
numbers = range(1, num)
squares = []
cubes = []


def square(numbers):
    for n in numbers:
        squares.append(n * n)


def cube(numbers):
    for n in numbers:
        cubes.append(n * n * n)


t1 = threading.Thread(target=square, args=(numbers,))
t2 = threading.Thread(target=cube, args=(numbers,))
print(t1.name, t2.name)
t1.start()
t2.start()
t1.join()
t2.join()
print("square:", squares)
print("cube:", cubes)
print("done", threading.active_count(), t1.is_alive(), t2.is_alive())
