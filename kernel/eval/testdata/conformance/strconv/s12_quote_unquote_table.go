package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Token struct {
	Raw   string
	Value string
	Err   error
}

type Lexer struct{ src string }

func (l *Lexer) Next() (Token, bool) {
	l.src = strings.TrimLeft(l.src, " ")
	if l.src == "" {
		return Token{}, false
	}
	q, err := strconv.QuotedPrefix(l.src)
	if err != nil {
		end := strings.IndexByte(l.src, ' ')
		if end < 0 {
			end = len(l.src)
		}
		raw := l.src[:end]
		l.src = l.src[end:]
		return Token{raw, raw, nil}, true
	}
	l.src = l.src[len(q):]
	v, err := strconv.Unquote(q)
	return Token{q, v, err}, true
}

func main() {
	l := &Lexer{`cmd "arg one" 'x' ` + "`raw\\n`" + ` "esc\t\u00e9\x41" plain "bad\q"`}
	for {
		t, ok := l.Next()
		if !ok {
			break
		}
		fmt.Printf("%-16q -> %q %v\n", t.Raw, t.Value, t.Err)
	}
	for _, s := range []string{"hello", "tab\there", "\x7f", "é", "\U0001F600", "\u200b"} {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
	}
	b := strconv.AppendQuote([]byte("say: "), "hi \"you\"")
	fmt.Println(string(b))
}
