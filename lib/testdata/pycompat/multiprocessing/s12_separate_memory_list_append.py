import multiprocessing

shared = []

def add(x):
    shared.append(x)
    print("child sees", shared)

if __name__ == "__main__":
    shared.append("parent")
    p = multiprocessing.Process(target=add, args=("child",))
    p.start(); p.join()
    print("parent sees", shared)
