package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

type Message struct {
	ID   string
	Body []byte
}

// keepID copies the id so the large payload can be freed.
func keepID(payload string) string {
	return strings.Clone(payload[:5])
}

func headerOf(buf []byte) []byte {
	// a sub-slice keeps the whole array alive; copy the header
	return bytes.Clone(buf[:4])
}

func truncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for j := range s {
		if i == n {
			return s[:j] + "…"
		}
		i++
	}
	return s
}

func main() {
	payload := strings.Repeat("x", 10) + "tail"
	id := keepID(payload)
	fmt.Println(id, len(id))
	buf := []byte("HEADrest-of-the-buffer")
	h := headerOf(buf)
	buf[0] = 'X'
	fmt.Println(string(h), string(buf[:4]), cap(h) >= 4)
	view := buf[:4]
	view[1] = 'Y'
	fmt.Println(string(buf[:4]))
	fmt.Println(truncateRunes("héllo wörld", 7), truncateRunes("short", 10), truncateRunes("日本語テキスト", 3))
	msgs := []Message{{"a", []byte("one")}, {"b", []byte("two")}}
	bodies := make([][]byte, 0, len(msgs))
	for _, m := range msgs {
		bodies = append(bodies, m.Body)
	}
	msgs[0].Body[0] = 'O'
	fmt.Println(string(bodies[0]), string(bodies[1]))
	s := "immutable"
	b := []byte(s)
	b[0] = 'I'
	fmt.Println(s, string(b))
	parts := strings.SplitN("a,b,c,d", ",", 2)
	fmt.Println(parts, len(parts))
	fmt.Println(strings.Fields("  lots   of\tspace\n "), strings.Split("a,,b", ","), len(strings.Split("", ",")))
	fmt.Printf("%q %q\n", strings.SplitAfter("a.b.c", "."), strings.TrimFunc("¡¡hola!!", func(r rune) bool { return r == '!' || r == '¡' }))
}
