import multiprocessing

def work():
    pass

if __name__ == "__main__":
    p = multiprocessing.Process(target=work)
    p.start()
    try:
        p.start()
    except AssertionError as e:
        print("AssertionError:", e)
    p.join()
