package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

// bytesRepr spells b as Python's repr of bytes does.
func bytesRepr(b []byte) string {
	var sb strings.Builder
	sb.WriteString("b'")
	for _, c := range b {
		switch {
		case c == '\\' || c == '\'':
			sb.WriteString("\\" + string(c))
		case c >= 0x20 && c < 0x7f:
			sb.WriteByte(c)
		default:
			fmt.Fprintf(&sb, "\\x%02x", c)
		}
	}
	sb.WriteString("'")
	return sb.String()
}

func main() {
	out, _ := subprocess.CheckOutput([]string{"printf", `\001\002ABC\377`})
	fmt.Printf("%s %d [%d, %d] %d\n", bytesRepr(out), len(out), out[0], out[1], out[len(out)-1])
	fmt.Println(string(out[2:5]), map[bool]string{true: "True", false: "False"}[rune(out[len(out)-1]) == 'ÿ'])
	txt, _ := subprocess.CheckOutput([]string{"printf", `x\ty\n`}, subprocess.Options{Text: true})
	parts := strings.Split(string(txt), "\t")
	esc := strings.NewReplacer("\t", `\t`, "\n", `\n`)
	fmt.Printf("'%s' ['%s', '%s']\n", esc.Replace(string(txt)), esc.Replace(parts[0]), esc.Replace(parts[1]))
}
