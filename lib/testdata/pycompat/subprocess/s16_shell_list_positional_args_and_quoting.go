package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	args := []string{`echo "$0|$1|$2"`, "zero", "one two", "three"}
	r, _ := subprocess.Run(args, subprocess.Options{Shell: true, CaptureOutput: true, Text: true})
	fmt.Printf("'%s' ['%s']\n", strings.ReplaceAll(string(r.Stdout), "\n", `\n`), strings.Join(r.Args, "', '"))
	r, _ = subprocess.Run([]string{`echo 'single quoted $HOME' "x  y"`}, subprocess.Options{Shell: true, CaptureOutput: true, Text: true})
	fmt.Printf("'%s'\n", strings.ReplaceAll(string(r.Stdout), "\n", `\n`))
	r, _ = subprocess.Run([]string{"printf", "%s|", "a b", "", "c"}, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Println(string(r.Stdout))
	r, _ = subprocess.Run([]string{"exit 300"}, subprocess.Options{Shell: true})
	fmt.Println(r.Returncode)
}
