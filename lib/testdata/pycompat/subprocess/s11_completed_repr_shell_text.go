package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"echo hi"}, subprocess.Options{Shell: true, CaptureOutput: true, Text: true})
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"sh", "-c", "echo e >&2; exit 1"}, subprocess.Options{Stderr: subprocess.PIPE, Text: true})
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"printf", "tab\\there"}, subprocess.Options{CaptureOutput: true})
	fmt.Println(r)
}
