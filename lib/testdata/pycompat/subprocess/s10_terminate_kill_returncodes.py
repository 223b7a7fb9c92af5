import subprocess, signal

for how in ("terminate", "kill", "int"):
    p = subprocess.Popen(["sleep", "10"])
    print(p.poll(), p.returncode)
    if how == "terminate":
        p.terminate()
    elif how == "kill":
        p.kill()
    else:
        p.send_signal(signal.SIGINT)
    print(how, p.wait(), p.returncode, p.poll())
