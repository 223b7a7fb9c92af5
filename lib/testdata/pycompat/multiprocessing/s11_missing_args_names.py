import multiprocessing

def volume(width, height, depth):
    return width * height * depth

def greet(name):
    return "hi " + name

if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        for args in [(1, 2, 3), (1, 2), (1,), ()]:
            try:
                print(pool.apply(volume, args))
            except TypeError as e:
                print("TypeError:", e)
        try:
            pool.apply(greet)
        except TypeError as e:
            print("TypeError:", e)
        try:
            pool.starmap(volume, [(1, 2, 3), (4, 5)])
        except TypeError as e:
            print("TypeError:", e)
        r = pool.apply_async(volume, (2,))
        r.wait()
        print(r.successful())
