import subprocess
for cmd in (["printf", "\\377ok"], ["printf", "caf\\351\\n"], ["printf", "\\344\\270"]):
    try:
        print(subprocess.run(cmd, capture_output=True, text=True))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
    print(subprocess.run(cmd, capture_output=True).stdout)
try:
    subprocess.check_output(["printf", "ok\\n\\300"], text=True)
except UnicodeDecodeError as e:
    print("check_output:", e)
print(subprocess.run(["printf", "caf\\303\\251"], capture_output=True, text=True).stdout)
