package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func pyBytes(b []byte) string {
	var s strings.Builder
	for _, c := range b {
		switch {
		case c == '\n':
			s.WriteString(`\n`)
		case c >= 0x20 && c < 0x7f:
			s.WriteByte(c)
		default:
			fmt.Fprintf(&s, `\x%02x`, c)
		}
	}
	return "b'" + s.String() + "'"
}

func main() {
	for _, cmd := range [][]string{{"printf", `\377ok`}, {"printf", `caf\351\n`}, {"printf", `\344\270`}} {
		r, err := subprocess.Run(cmd, subprocess.Options{CaptureOutput: true, Text: true})
		if err != nil {
			fmt.Println(err)
		} else {
			fmt.Println(r)
		}
		r, _ = subprocess.Run(cmd, subprocess.Options{CaptureOutput: true})
		fmt.Println(pyBytes(r.Stdout))
	}
	if _, err := subprocess.CheckOutput([]string{"printf", `ok\n\300`}, subprocess.Options{Text: true}); err != nil {
		fmt.Println("check_output:", strings.TrimPrefix(err.Error(), "UnicodeDecodeError: "))
	}
	r, _ := subprocess.Run([]string{"printf", `caf\303\251`}, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Println(string(r.Stdout))
}
