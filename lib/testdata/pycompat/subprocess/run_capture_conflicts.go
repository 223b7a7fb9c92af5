package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func show(err error) {
	if err != nil {
		fmt.Println(err)
	}
}

func main() {
	_, err := subprocess.Run([]string{"true"}, subprocess.Options{CaptureOutput: true, Stdout: subprocess.PIPE})
	show(err)
	_, err = subprocess.Run([]string{"true"}, subprocess.Options{CaptureOutput: true, Stderr: subprocess.DEVNULL})
	show(err)
	_, err = subprocess.Run([]string{"cat"}, subprocess.Options{Input: "x", Stdin: subprocess.DEVNULL})
	show(err)
	_, err = subprocess.CheckOutput([]string{"true"}, subprocess.Options{Stdout: subprocess.PIPE})
	show(err)
}
