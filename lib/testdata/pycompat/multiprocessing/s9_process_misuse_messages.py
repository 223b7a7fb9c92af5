import multiprocessing, time

def nap():
    time.sleep(0.3)

if __name__ == "__main__":
    p = multiprocessing.Process(target=nap)
    try:
        p.join()
    except AssertionError as e:
        print("AssertionError:", e)
    p.start()
    try:
        p.close()
    except ValueError as e:
        print("ValueError:", e)
    p.join()
    p.close()
    try:
        p.is_alive()
    except ValueError as e:
        print("ValueError:", e)
