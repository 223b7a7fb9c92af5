import multiprocessing

def square(x):
    return x * x

if __name__ == "__main__":
    for n in (0, -2):
        try:
            with multiprocessing.Pool(n) as p:
                print(p.map(square, [1, 2, 3]))
        except ValueError as e:
            print(n, "ValueError:", e)
    try:
        multiprocessing.Pool(2, maxtasksperchild=0)
    except ValueError as e:
        print("maxtasksperchild=0 ValueError:", e)
    with multiprocessing.Pool() as p:
        print("default:", p.map(square, [1, 2, 3]))
