from concurrent.futures import ProcessPoolExecutor

def square(x):
    return x * x

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        fs = [ex.submit(square, i) for i in range(6)]
        print([f.result() for f in fs])
        print(all(f.done() for f in fs))
