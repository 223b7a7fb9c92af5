package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"/bin/sh", "-c", "echo [$HOME] [$FOO]; pwd"}, subprocess.Options{Env: []string{}, Cwd: "/", CaptureOutput: true, Text: true})
	fmt.Print(string(r.Stdout))
	r, _ = subprocess.Run([]string{"/bin/sh", "-c", "echo $FOO-$BAR"}, subprocess.Options{Env: []string{"FOO=1", "BAR=two words"}, CaptureOutput: true, Text: true})
	fmt.Print(string(r.Stdout))
	r, _ = subprocess.Run([]string{"echo $0 $1 $2"}, subprocess.Options{Shell: true, CaptureOutput: true, Text: true})
	fmt.Println("'" + strings.ReplaceAll(string(r.Stdout), "\n", `\n`) + "'")
}
