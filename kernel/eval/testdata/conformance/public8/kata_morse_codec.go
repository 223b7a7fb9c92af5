package main

import (
	"errors"
	"fmt"
	"strings"
)

var code = map[rune]string{
	'A': ".-", 'B': "-...", 'C': "-.-.", 'D': "-..", 'E': ".", 'F': "..-.", 'G': "--.", 'H': "....",
	'I': "..", 'J': ".---", 'K': "-.-", 'L': ".-..", 'M': "--", 'N': "-.", 'O': "---", 'P': ".--.",
	'Q': "--.-", 'R': ".-.", 'S': "...", 'T': "-", 'U': "..-", 'V': "...-", 'W': ".--", 'X': "-..-",
	'Y': "-.--", 'Z': "--..", '0': "-----", '1': ".----", '2': "..---", '3': "...--", '4': "....-",
	'5': ".....", '6': "-....", '7': "--...", '8': "---..", '9': "----.",
}

var decodeTable = func() map[string]rune {
	m := make(map[string]rune, len(code))
	for r, c := range code {
		m[c] = r
	}
	return m
}()

type UnknownError struct {
	Token string
	Pos   int
}

func (e UnknownError) Error() string { return fmt.Sprintf("unknown token %q at %d", e.Token, e.Pos) }

func Encode(s string) (string, error) {
	var words []string
	for _, w := range strings.Fields(strings.ToUpper(s)) {
		var letters []string
		for _, r := range w {
			c, ok := code[r]
			if !ok {
				return "", fmt.Errorf("encode: cannot encode %q", r)
			}
			letters = append(letters, c)
		}
		words = append(words, strings.Join(letters, " "))
	}
	return strings.Join(words, " / "), nil
}

func Decode(m string) (string, error) {
	var b strings.Builder
	for i, tok := range strings.Fields(m) {
		if tok == "/" {
			b.WriteByte(' ')
			continue
		}
		r, ok := decodeTable[tok]
		if !ok {
			return b.String(), UnknownError{tok, i}
		}
		b.WriteRune(r)
	}
	return b.String(), nil
}

func main() {
	for _, s := range []string{"SOS", "Hello World", "Go 1 26", "hi!"} {
		enc, err := Encode(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		dec, _ := Decode(enc)
		fmt.Printf("%-12s %s -> %s\n", s, enc, dec)
	}
	out, err := Decode("... --- ...... / -")
	var ue UnknownError
	fmt.Printf("%q %v %v %d\n", out, err, errors.As(err, &ue), ue.Pos)
}
