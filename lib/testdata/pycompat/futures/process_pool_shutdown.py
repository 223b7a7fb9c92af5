from concurrent.futures import ProcessPoolExecutor

def ident(x):
    return x

if __name__ == "__main__":
    ex = ProcessPoolExecutor(max_workers=1)
    print(ex.submit(ident, "before").result())
    ex.shutdown(wait=True)
    ex.shutdown()
    try:
        ex.submit(ident, "after")
    except RuntimeError as e:
        print("RuntimeError:", e)
