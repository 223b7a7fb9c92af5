package main

import (
	"fmt"
	"strconv"
	"unicode/utf8"

	"github.com/gonotes/gonotes/lib/subprocess"
)

// repr spells a Python str as repr does (the characters of this program:
// printable ones as they are, others escaped).
func repr(s string) string {
	out := "'"
	for _, r := range s {
		switch {
		case r == '\'':
			out += `\'`
		case r == '\\':
			out += `\\`
		case r == '\n':
			out += `\n`
		case r == '\r':
			out += `\r`
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			out += fmt.Sprintf(`\x%02x`, r)
		case !strconv.IsPrint(r):
			out += fmt.Sprintf(`\u%04x`, r)
		default:
			out += string(r)
		}
	}
	return out + "'"
}

func main() {
	data := []string{"printf", `caf\351 \377ok\342\202 end\r\n`}
	for _, errors := range []string{"replace", "ignore", "backslashreplace"} {
		r, _ := subprocess.Run(data, subprocess.Options{CaptureOutput: true, Errors: errors})
		fmt.Println(errors, repr(string(r.Stdout)), "str")
	}
	if _, err := subprocess.Run(data, subprocess.Options{CaptureOutput: true, Errors: "strict"}); err != nil {
		fmt.Println("strict:", err.Error()[len("UnicodeDecodeError: "):])
	}
	r, _ := subprocess.Run(data, subprocess.Options{CaptureOutput: true, Encoding: "latin-1"})
	fmt.Println("latin-1", repr(string(r.Stdout)), utf8.RuneCount(r.Stdout))
	r, _ = subprocess.Run(data, subprocess.Options{Stdout: subprocess.PIPE, Encoding: "ASCII", Errors: "replace"})
	fmt.Println("ascii replace", repr(string(r.Stdout)))
	if _, err := subprocess.Run(data, subprocess.Options{Stdout: subprocess.PIPE, Encoding: "ascii"}); err != nil {
		fmt.Println("ascii:", err.Error()[len("UnicodeDecodeError: "):])
	}
	r, _ = subprocess.Run([]string{"echo", "hi"}, subprocess.Options{CaptureOutput: true, Encoding: "utf_8"})
	fmt.Println(r)
}
