package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

var esc = strings.NewReplacer("\r", `\r`, "\n", `\n`)

func main() {
	cmd := []string{"printf", `a\r\nb\rc\n`}
	r, _ := subprocess.Run(cmd, subprocess.Options{CaptureOutput: true})
	fmt.Printf("b'%s'\n", esc.Replace(string(r.Stdout)))
	r, _ = subprocess.Run(cmd, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Printf("'%s'\n", esc.Replace(string(r.Stdout)))
	r, _ = subprocess.Run(cmd, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Printf("'%s'\n", esc.Replace(string(r.Stdout)))
	out, _ := subprocess.CheckOutput(cmd, subprocess.Options{Text: true})
	fmt.Printf("'%s'\n", esc.Replace(string(out)))
}
