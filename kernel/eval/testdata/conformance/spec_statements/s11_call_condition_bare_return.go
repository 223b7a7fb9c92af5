package main

import (
	"fmt"
	"strings"
	"unicode"
)

// A condition that is a call, whose false branch is a bare return: the
// function returns there (it went on into the true branch).

type T struct{ ok bool }

func (t T) OK() bool   { return t.ok }
func (t *T) POK() bool { return t.ok }

type I interface{ OK() bool }

func f(b bool) bool { return b }

var trace []string

func viaMethod(t T) {
	for range 3 {
		if t.OK() {
			trace = append(trace, "method")
		} else {
			return
		}
	}
}

func viaPtrMethod(t *T) {
	for range 3 {
		if t.POK() {
			trace = append(trace, "ptr method")
		} else {
			return
		}
	}
}

func viaIface(x I) {
	for range 3 {
		if x.OK() {
			trace = append(trace, "iface")
		} else {
			return
		}
	}
}

func viaClosure(g func() bool) {
	for range 3 {
		if g() {
			trace = append(trace, "closure")
		} else {
			return
		}
	}
}

func viaCompiled(s string) {
	for range 3 {
		if strings.HasPrefix(s, "x") {
			trace = append(trace, "compiled")
		} else {
			return
		}
	}
}

func viaSwitch(b bool) {
	for range 3 {
		switch {
		case f(b):
			trace = append(trace, "switch")
		default:
			return
		}
	}
}

type parser struct {
	s   string
	pos int
}

// skip moves past spaces and // comments.
func (p *parser) skip() {
	for p.pos < len(p.s) {
		switch {
		case unicode.IsSpace(rune(p.s[p.pos])):
			p.pos++
		case strings.HasPrefix(p.s[p.pos:], "//"):
			for p.pos < len(p.s) && p.s[p.pos] != '\n' {
				p.pos++
			}
		default:
			return
		}
	}
}

func isSpace(b byte) bool { return b == ' ' }

func leading(s string) (pos int) {
	for pos < len(s) {
		if isSpace(s[pos]) {
			pos++
		} else {
			return
		}
	}
	return
}

func main() {
	viaMethod(T{})
	viaPtrMethod(&T{})
	viaIface(T{})
	viaClosure(func() bool { return false })
	viaCompiled("y")
	viaSwitch(false)
	fmt.Println(trace, len(trace))
	viaMethod(T{true})
	viaSwitch(true)
	fmt.Println(trace, len(trace))

	p := &parser{s: "  // comment\n  x = 1"}
	p.skip()
	fmt.Println(p.pos, string(p.s[p.pos]))
	fmt.Println(leading("   abc"), leading("    "), leading("z"))
}
