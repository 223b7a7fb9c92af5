package main

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"echo", "이것은 subprocess입니다."})
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"echo", "이것은 subprocess입니다."}, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Println(r)
	fmt.Println(strings.TrimSpace(string(r.Stdout)), utf8.RuneCount(r.Stdout))
	r, _ = subprocess.Run([]string{"echo", "한글"}, subprocess.Options{CaptureOutput: true})
	var b strings.Builder
	for _, c := range r.Stdout {
		if c < 0x80 && c >= 0x20 {
			b.WriteByte(c)
		} else if c == '\n' {
			b.WriteString(`\n`)
		} else {
			fmt.Fprintf(&b, `\x%02x`, c)
		}
	}
	fmt.Println("b'"+b.String()+"'", len(r.Stdout))
}
