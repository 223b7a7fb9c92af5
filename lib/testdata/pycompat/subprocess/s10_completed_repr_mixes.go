package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func show(args []string, o subprocess.Options) {
	r, _ := subprocess.Run(args, o)
	fmt.Println(r)
}

func main() {
	show([]string{"true"}, subprocess.Options{})
	show([]string{"sh", "-c", "echo out"}, subprocess.Options{Stdout: subprocess.PIPE})
	show([]string{"sh", "-c", "echo err >&2"}, subprocess.Options{Stderr: subprocess.PIPE, Text: true})
	show([]string{"sh", "-c", "echo o; echo e >&2; exit 4"}, subprocess.Options{CaptureOutput: true})
	show([]string{"echo shell"}, subprocess.Options{Shell: true, CaptureOutput: true, Text: true})
	show([]string{"cat"}, subprocess.Options{Input: "it's", CaptureOutput: true, Text: true})
	show([]string{"sh", "-c", "exit 2"}, subprocess.Options{Stdout: subprocess.DEVNULL})
}
