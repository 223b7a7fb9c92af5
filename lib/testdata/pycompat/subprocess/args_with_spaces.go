package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"printf", "[%s]\\n", "two words", "", "it's"}, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Print(string(r.Stdout))
	fmt.Println("['printf', '[%s]\\\\n', 'two words', '', \"it's\"]")
	fmt.Println(r)
}
