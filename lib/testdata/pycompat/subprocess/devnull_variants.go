package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"cat"}, subprocess.Options{Stdin: subprocess.DEVNULL, CaptureOutput: true})
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"sh", "-c", "echo out; echo err >&2"}, subprocess.Options{Stdout: subprocess.PIPE, Stderr: subprocess.DEVNULL, Text: true})
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"sh", "-c", "echo out; echo err >&2"}, subprocess.Options{Stdout: subprocess.DEVNULL, Stderr: subprocess.PIPE})
	fmt.Println(r)
	fmt.Println(subprocess.DEVNULL, subprocess.PIPE, subprocess.STDOUT)
}
