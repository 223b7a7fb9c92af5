package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func list(s string) string {
	return "['" + strings.Join(strings.Fields(s), "', '") + "']"
}

func main() {
	r, _ := subprocess.Run([]string{"od", "-An", "-tx1"}, subprocess.Options{Input: "café", CaptureOutput: true, Encoding: "latin-1"})
	fmt.Println("latin-1 input bytes:", list(string(r.Stdout)))
	r, _ = subprocess.Run([]string{"od", "-An", "-tx1"}, subprocess.Options{Input: "café", CaptureOutput: true, Text: true})
	fmt.Println("utf-8 input bytes:", list(string(r.Stdout)))
	for _, errors := range []string{"replace", "ignore", "backslashreplace"} {
		r, _ := subprocess.Run([]string{"cat"}, subprocess.Options{Input: "price: 5€ ok", CaptureOutput: true, Encoding: "ascii", Errors: errors})
		fmt.Printf("%s '%s'\n", errors, strings.ReplaceAll(string(r.Stdout), `\`, `\\`))
	}
	if _, err := subprocess.Run([]string{"cat"}, subprocess.Options{Input: "5€", CaptureOutput: true, Encoding: "latin-1"}); err != nil {
		fmt.Println(err)
	}
	if _, err := subprocess.Run([]string{"echo", "hi"}, subprocess.Options{CaptureOutput: true, Encoding: "klingon"}); err != nil {
		fmt.Println(strings.Replace(err.Error(), ":", "", 1))
	}
	r, _ = subprocess.Run([]string{"true"}, subprocess.Options{Encoding: "klingon"})
	fmt.Println("no pipe, no lookup:", r.Returncode)
	if _, err := subprocess.Run([]string{"printf", `\377`}, subprocess.Options{CaptureOutput: true, Errors: "nope"}); err != nil {
		fmt.Println(strings.Replace(err.Error(), ":", "", 1))
	}
	r, _ = subprocess.Run([]string{"echo", "fine"}, subprocess.Options{CaptureOutput: true, Errors: "nope"})
	fmt.Printf("'%s'\n", strings.ReplaceAll(string(r.Stdout), "\n", `\n`))
}
