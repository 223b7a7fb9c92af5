package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	for _, text := range []bool{false, true} {
		r, _ := subprocess.Run([]string{"printf", `a\tb\n'q'\\`}, subprocess.Options{CaptureOutput: true, Text: text})
		fmt.Println(r)
		r, _ = subprocess.Run([]string{"sh", "-c", `printf 'x\r\ny'; printf 'e\n' >&2`}, subprocess.Options{CaptureOutput: true, Text: text})
		fmt.Println(r)
	}
}
