import subprocess

print(subprocess.run(["sh", "-c", "exit 300"]).returncode)
print(subprocess.run(["sh", "-c", "kill -9 $$"]).returncode)
print(subprocess.getstatusoutput("kill -9 $$"))
print(subprocess.getstatusoutput("echo x; exit 256"))
print(subprocess.call(["sh", "-c", "kill -15 $$"]))
