package main

import (
	"fmt"
	"iter"
	"strings"
	"unicode"
)

type Tok struct {
	Kind string
	Text string
}

func Lex(src string) iter.Seq[Tok] {
	return func(yield func(Tok) bool) {
		i := 0
		for i < len(src) {
			c := rune(src[i])
			switch {
			case unicode.IsSpace(c):
				i++
				continue
			case unicode.IsDigit(c):
				j := i
				for j < len(src) && unicode.IsDigit(rune(src[j])) {
					j++
				}
				if !yield(Tok{"NUM", src[i:j]}) {
					return
				}
				i = j
			case unicode.IsLetter(c):
				j := i
				for j < len(src) && unicode.IsLetter(rune(src[j])) {
					j++
				}
				if !yield(Tok{"ID", src[i:j]}) {
					return
				}
				i = j
			default:
				if !yield(Tok{"SYM", string(c)}) {
					return
				}
				i++
			}
		}
	}
}

func main() {
	for t := range Lex("x = 42 + y1;") {
		fmt.Printf("%s(%s) ", t.Kind, t.Text)
	}
	fmt.Println()
	next, stop := iter.Pull(Lex("let a = b * 3"))
	defer stop()
	expect := func(kind string) (string, bool) {
		t, ok := next()
		if !ok || t.Kind != kind {
			return fmt.Sprintf("want %s got %+v", kind, t), false
		}
		return t.Text, true
	}
	kw, _ := expect("ID")
	name, _ := expect("ID")
	_, _ = expect("SYM")
	fmt.Println(strings.ToUpper(kw), name)
	msg, ok := expect("NUM")
	fmt.Println(msg, ok)
}
