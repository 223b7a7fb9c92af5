package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	os.Setenv("GONOTES_S12", "inherited")
	r, _ := subprocess.Run([]string{"sh", "-c", "echo $GONOTES_S12"}, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Print(string(r.Stdout))
	out, _ := subprocess.CheckOutput([]string{"echo ${GONOTES_S12}-shell"}, subprocess.Options{Shell: true, Text: true})
	fmt.Print(string(out))
	env := append(os.Environ(), "GONOTES_S12=overridden")
	r, _ = subprocess.Run([]string{"sh", "-c", "echo $GONOTES_S12"}, subprocess.Options{CaptureOutput: true, Text: true, Env: env})
	fmt.Print(string(r.Stdout))
	os.Unsetenv("GONOTES_S12")
	r, _ = subprocess.Run([]string{"sh", "-c", "echo ${GONOTES_S12:-unset}"}, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Println("'" + strings.ReplaceAll(string(r.Stdout), "\n", `\n`) + "'")
}
