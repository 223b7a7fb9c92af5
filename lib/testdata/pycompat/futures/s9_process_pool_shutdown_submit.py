from concurrent.futures import ProcessPoolExecutor

def ident(x):
    return x

if __name__ == "__main__":
    ex = ProcessPoolExecutor(max_workers=1)
    print(ex.submit(ident, "a").result())
    ex.shutdown()
    try:
        ex.submit(ident, "b")
    except RuntimeError as e:
        print("RuntimeError:", e)
