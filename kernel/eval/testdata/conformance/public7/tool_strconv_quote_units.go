package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
)

type Size int64

var units = []struct {
	suffix string
	mult   Size
}{{"TB", 1 << 40}, {"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"B", 1}}

func ParseSize(s string) (Size, error) {
	s = strings.ToUpper(strings.TrimSpace(s))
	for _, u := range units {
		if num, ok := strings.CutSuffix(s, u.suffix); ok {
			f, err := strconv.ParseFloat(strings.TrimSpace(num), 64)
			if err != nil {
				return 0, fmt.Errorf("parse size %q: %w", s, err)
			}
			return Size(f * float64(u.mult)), nil
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("parse size %q: %w", s, err)
	}
	return Size(n), nil
}

func (s Size) String() string {
	for _, u := range units {
		if s >= u.mult {
			return strconv.FormatFloat(float64(s)/float64(u.mult), 'f', -1, 64) + u.suffix
		}
	}
	return strconv.FormatInt(int64(s), 10) + "B"
}

func main() {
	for _, in := range []string{"10", "1.5KB", " 2 mb", "0.25GB", "3TB", "12XB", "", "1e3B"} {
		s, err := ParseSize(in)
		var ne *strconv.NumError
		fmt.Printf("%-8q %v %d err=%v numErr=%v\n", in, s, int64(s), err, errors.As(err, &ne))
	}
	for _, s := range []string{"plain", "tab\there", `quote"d`, "ünïcødé", "\x00\x7f", "emoji 🎉"} {
		q := strconv.Quote(s)
		a := strconv.QuoteToASCII(s)
		u, err := strconv.Unquote(q)
		fmt.Println(q, a, u == s, err)
	}
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.Itoa(-45), strconv.FormatInt(255, 16), strconv.FormatUint(8, 2))
	for _, s := range []string{`"a\nb"`, "`raw`", `'x'`, `"bad`, `"\q"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
	b, err := strconv.ParseBool("T")
	fmt.Println(b, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	i, err := strconv.ParseInt("-0x1F", 0, 16)
	fmt.Println(i, err)
	_, err = strconv.ParseUint("300", 10, 8)
	fmt.Println(err)
	enc := utf16.Encode([]rune("a😀"))
	fmt.Println(enc, string(utf16.Decode(enc)), utf16.IsSurrogate(rune(enc[1])))
}
