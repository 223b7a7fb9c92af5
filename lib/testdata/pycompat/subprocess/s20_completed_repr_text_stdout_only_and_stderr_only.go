package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	args := []string{"sh", "-c", "echo o; echo e >&2"}
	r, _ := subprocess.Run(args, subprocess.Options{Stdout: subprocess.PIPE, Stderr: subprocess.DEVNULL, Text: true})
	fmt.Println(r)
	r, _ = subprocess.Run(args, subprocess.Options{Stdout: subprocess.DEVNULL, Stderr: subprocess.PIPE})
	fmt.Println(r)
	r, _ = subprocess.Run(args, subprocess.Options{Stdout: subprocess.PIPE, Stderr: subprocess.STDOUT, Text: true})
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"true"}, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"true"}, subprocess.Options{CaptureOutput: true})
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"exit 1"}, subprocess.Options{Shell: true, CaptureOutput: true})
	fmt.Println(r)
}
