import threading

fired = []
alarm = threading.Timer(30, fired.append, args=("alarm",))
quick = threading.Timer(0, fired.append, args=("quick",))
print(alarm.name, quick.name, alarm.daemon)
alarm.start()
quick.start()
quick.join()
canceller = threading.Thread(target=alarm.cancel, name="canceller")
canceller.start()
canceller.join()
alarm.join(timeout=10)
print("alarm alive:", alarm.is_alive(), "fired:", fired)
alarm.cancel()
print("cancel again is fine; active:", threading.active_count())
