package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"tr", "a-z", "A-Z"}, subprocess.Options{Input: "shout\n", CaptureOutput: true, Text: true})
	fmt.Print(string(r.Stdout))
	fmt.Println(r)
}
