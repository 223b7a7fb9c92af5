import subprocess, signal

for how in ("terminate", "kill", "sigint"):
    p = subprocess.Popen(["sleep", "10"])
    if how == "terminate":
        p.terminate()
    elif how == "kill":
        p.kill()
    else:
        p.send_signal(signal.SIGINT)
    print(how, p.wait(), p.returncode, p.poll())
    try:
        subprocess.CompletedProcess(p.args, p.returncode).check_returncode()
    except subprocess.CalledProcessError as e:
        print(e)
