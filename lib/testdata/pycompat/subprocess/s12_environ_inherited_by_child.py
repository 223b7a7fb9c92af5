import os, subprocess
os.environ["GONOTES_S12"] = "inherited"
print(subprocess.run(["sh", "-c", "echo $GONOTES_S12"], capture_output=True, text=True).stdout, end="")
print(subprocess.check_output("echo ${GONOTES_S12}-shell", shell=True, text=True), end="")
env = dict(os.environ, GONOTES_S12="overridden")
print(subprocess.run(["sh", "-c", "echo $GONOTES_S12"], capture_output=True, text=True, env=env).stdout, end="")
del os.environ["GONOTES_S12"]
print(repr(subprocess.run(["sh", "-c", "echo ${GONOTES_S12:-unset}"], capture_output=True, text=True).stdout))
