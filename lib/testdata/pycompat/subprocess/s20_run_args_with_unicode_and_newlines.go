package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func bytesRepr(b []byte) string {
	var s strings.Builder
	s.WriteString("b'")
	for _, c := range b {
		if c >= 0x20 && c < 0x7f {
			s.WriteByte(c)
		} else {
			fmt.Fprintf(&s, `\x%02x`, c)
		}
	}
	return s.String() + "'"
}

func main() {
	r, _ := subprocess.Run([]string{"printf", "%s|", "héllo", "a b", "line1\nline2", ""}, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Println("'"+strings.ReplaceAll(string(r.Stdout), "\n", `\n`)+"'", "['"+strings.Join(r.Args[1:3], "', '")+"']")
	r, _ = subprocess.Run([]string{"printf", "%s", "日本"}, subprocess.Options{CaptureOutput: true})
	fmt.Println(bytesRepr(r.Stdout), len(r.Stdout), string(r.Stdout))
}
