package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"echo", "hi"}, subprocess.Options{CaptureOutput: true})
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"echo", "héllo"}, subprocess.Options{CaptureOutput: true})
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"echo", "héllo"}, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"true"})
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"sh", "-c", "exit 2"}, subprocess.Options{Stdout: subprocess.PIPE})
	fmt.Println(r)
}
