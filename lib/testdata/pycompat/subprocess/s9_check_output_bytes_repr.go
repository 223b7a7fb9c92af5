package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	out, _ := subprocess.CheckOutput([]string{"printf", `a\nb\n`})
	fmt.Println("b'" + strings.ReplaceAll(string(out), "\n", `\n`) + "'")
	out, _ = subprocess.CheckOutput([]string{"printf", `a\nb\n`}, subprocess.Options{Text: true})
	fmt.Println("'" + strings.ReplaceAll(string(out), "\n", `\n`) + "'")
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	fmt.Println("['" + strings.Join(lines, "', '") + "']")
}
