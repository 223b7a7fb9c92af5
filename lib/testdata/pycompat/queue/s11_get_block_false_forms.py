import queue

q = queue.Queue()
for form in ("get(False)", "get(block=False)", "get_nowait()", "get(False, 5)"):
    try:
        if form == "get(False)":
            q.get(False)
        elif form == "get(block=False)":
            q.get(block=False)
        elif form == "get_nowait()":
            q.get_nowait()
        else:
            q.get(False, 5)
    except queue.Empty:
        print(form, "-> Empty")
q.put(1)
print(q.get(False), q.empty())
