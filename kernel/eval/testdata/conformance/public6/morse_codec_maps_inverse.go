package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

var morse = map[rune]string{
	'A': ".-", 'B': "-...", 'C': "-.-.", 'D': "-..", 'E': ".", 'F': "..-.", 'G': "--.", 'H': "....",
	'I': "..", 'J': ".---", 'K': "-.-", 'L': ".-..", 'M': "--", 'N': "-.", 'O': "---", 'P': ".--.",
	'Q': "--.-", 'R': ".-.", 'S': "...", 'T': "-", 'U': "..-", 'V': "...-", 'W': ".--", 'X': "-..-",
	'Y': "-.--", 'Z': "--..", '1': ".----", '2': "..---", '0': "-----",
}

var reverse = func() map[string]rune {
	r := make(map[string]rune, len(morse))
	for k, v := range morse {
		r[v] = k
	}
	return r
}()

var ErrUnknown = errors.New("unknown symbol")

func Encode(s string) (string, error) {
	var words []string
	for _, w := range strings.Fields(strings.ToUpper(s)) {
		var letters []string
		for _, r := range w {
			code, ok := morse[r]
			if !ok {
				return "", fmt.Errorf("encode %q: %w %q", s, ErrUnknown, r)
			}
			letters = append(letters, code)
		}
		words = append(words, strings.Join(letters, " "))
	}
	return strings.Join(words, " / "), nil
}

func Decode(code string) (string, error) {
	var sb strings.Builder
	for i, w := range strings.Split(code, " / ") {
		if i > 0 {
			sb.WriteByte(' ')
		}
		for _, sym := range strings.Fields(w) {
			r, ok := reverse[sym]
			if !ok {
				return sb.String(), fmt.Errorf("decode: %w %q", ErrUnknown, sym)
			}
			sb.WriteRune(r)
		}
	}
	return sb.String(), nil
}

func main() {
	enc, err := Encode("sos help 2")
	fmt.Println(enc, err)
	dec, err := Decode(enc)
	fmt.Println(dec, err)
	_, err = Encode("hi!")
	fmt.Println(err, errors.Is(err, ErrUnknown))
	partial, err := Decode(".... .. / ......")
	fmt.Printf("%q %v\n", partial, err)
	byLen := map[int][]rune{}
	for r, c := range morse {
		byLen[len(c)] = append(byLen[len(c)], r)
	}
	for _, n := range slices.Sorted(maps.Keys(byLen)) {
		rs := byLen[n]
		slices.Sort(rs)
		fmt.Printf("%d: %s\n", n, string(rs))
	}
}
