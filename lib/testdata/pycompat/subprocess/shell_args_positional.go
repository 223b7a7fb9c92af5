package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{`echo "$0|$1|$2"`, "zero", "one", "two words"}, subprocess.Options{Shell: true, CaptureOutput: true, Text: true})
	fmt.Println("'"+strings.ReplaceAll(string(r.Stdout), "\n", "\\n")+"'", "['"+strings.Join(r.Args, "', '")+"']")
	r, _ = subprocess.Run([]string{"echo $((6 * 7)) && echo second"}, subprocess.Options{Shell: true, CaptureOutput: true, Text: true})
	fmt.Println("'" + strings.ReplaceAll(string(r.Stdout), "\n", "\\n") + "'")
	fmt.Println(r)
}
