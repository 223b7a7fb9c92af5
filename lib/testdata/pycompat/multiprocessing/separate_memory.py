import multiprocessing

counter = 0

def bump():
    global counter
    counter += 100
    print("child sees", counter, flush=True)

if __name__ == "__main__":
    p = multiprocessing.Process(target=bump)
    p.start()
    p.join()
    print("parent sees", counter)
