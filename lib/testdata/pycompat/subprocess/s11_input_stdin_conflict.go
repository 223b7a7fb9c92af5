package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	if _, err := subprocess.Run([]string{"cat"}, subprocess.Options{Input: "x", Stdin: subprocess.PIPE}); err != nil {
		fmt.Println(err)
	}
	if _, err := subprocess.Run([]string{"cat"}, subprocess.Options{CaptureOutput: true, Stdout: subprocess.PIPE}); err != nil {
		fmt.Println(err)
	}
	r, _ := subprocess.Run([]string{"cat"}, subprocess.Options{Input: "ok", CaptureOutput: true, Text: true})
	fmt.Println(string(r.Stdout))
}
