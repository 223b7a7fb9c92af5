package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	for _, args := range [][]string{{"echo", "it's"}, {"printf", `say "hi"\n`}, {"printf", "both ' and \"\\n"}, {"printf", `tab\there\x01\n`}, {"printf", `back\\slash`}} {
		r, _ := subprocess.Run(args, subprocess.Options{CaptureOutput: true, Text: true})
		fmt.Println(r)
		r, _ = subprocess.Run(args, subprocess.Options{CaptureOutput: true})
		fmt.Println(r)
	}
	r, _ := subprocess.Run([]string{"printf", `\355\225\234`}, subprocess.Options{CaptureOutput: true})
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"echo 'quoted' \"x\""}, subprocess.Options{Shell: true, CaptureOutput: true, Text: true})
	fmt.Println(r)
}
