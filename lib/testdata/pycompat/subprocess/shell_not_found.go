package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"no_such_command_xyz"}, subprocess.Options{Shell: true, CaptureOutput: true, Text: true})
	nf := "False"
	if strings.Contains(string(r.Stderr), "not found") {
		nf = "True"
	}
	fmt.Println(r.Returncode, nf, string(r.Stdout))
	r, _ = subprocess.Run([]string{"sh", "-c", "exit 126"})
	fmt.Println(r.Returncode)
}
