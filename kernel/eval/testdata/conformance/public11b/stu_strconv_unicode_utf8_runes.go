package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, s := range []string{"42", "-0x1F", "0b101", "0o17", "1_000", "9223372036854775808", "abc", ""} {
		v, err := strconv.ParseInt(s, 0, 64)
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("%q: %d %v | func=%s range=%v\n", s, v, err, ne.Func, errors.Is(err, strconv.ErrRange))
			continue
		}
		fmt.Printf("%q: %d\n", s, v)
	}
	u, err := strconv.ParseUint("255", 10, 8)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("256", 10, 8)
	fmt.Println(u, err)
	for _, s := range []string{"3.14", "1e400", "-0", "inf", "NaN", "0x1p-2", ".5e1"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', -1, 64), strconv.FormatFloat(1.0/3, 'f', -1, 32),
		strconv.FormatFloat(1234.5678, 'e', 3, 64), strconv.FormatFloat(1e21, 'g', -1, 64),
		strconv.FormatFloat(255, 'x', -1, 64), strconv.FormatFloat(0.000001234, 'G', 2, 64))
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36), strconv.Itoa(-7), strconv.FormatUint(1<<63, 2))
	b, err := strconv.ParseBool("T")
	fmt.Println(b, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	fmt.Println(strconv.Quote("tab\there \"q\" ☺ \x00"), strconv.QuoteToASCII("☺é"), strconv.QuoteRune('\n'), strconv.QuoteToGraphic("\u00a0x"))
	s, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("%q %v\n", s, err)
	s, err = strconv.Unquote("`raw\\n`")
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote(`'ab'`)
	fmt.Println(err)
	v, mb, tail, err := strconv.UnquoteChar(`\u263a rest`, '"')
	fmt.Println(v, mb, tail, err)
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -42, 10)
	buf = strconv.AppendQuote(append(buf, ' '), "q")
	buf = strconv.AppendFloat(append(buf, ' '), 2.5, 'f', 2, 64)
	fmt.Println(string(buf), strconv.IsPrint('\u00ad'), strconv.IsGraphic(' '), strconv.CanBackquote("a`b"))

	str := "Hello, 世界! 🙂"
	fmt.Println(len(str), utf8.RuneCountInString(str), utf8.ValidString(str), utf8.ValidString("\xff"))
	for i, r := range str {
		if r > 127 {
			fmt.Printf("%d:%c(%d) ", i, r, utf8.RuneLen(r))
		}
	}
	fmt.Println()
	r, size := utf8.DecodeRuneInString("\xffabc")
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeLastRuneInString(str)
	fmt.Printf("%c %d\n", r, size)
	p := utf8.AppendRune(nil, '界')
	fmt.Println(p, utf8.FullRune(p[:2]), utf8.RuneStart(p[1]))
	rs := []rune(str)
	fmt.Println(len(rs), string(rs[7:9]), string(rune(65)), strings.ToValidUTF8("a\xffb", "?"))
	counts := map[string]int{}
	for _, r := range "Go 1.26: ÄÖÜ, ß; 漢字 ٣" {
		switch {
		case unicode.IsUpper(r):
			counts["upper"]++
		case unicode.IsLower(r):
			counts["lower"]++
		case unicode.IsDigit(r):
			counts["digit"]++
		case unicode.IsSpace(r):
			counts["space"]++
		case unicode.IsPunct(r):
			counts["punct"]++
		case unicode.Is(unicode.Han, r):
			counts["han"]++
		}
	}
	fmt.Println(counts)
	fmt.Println(string(unicode.ToUpper('ß')), string(unicode.ToTitle('ǆ')), string(unicode.SimpleFold('K')), unicode.In('é', unicode.Latin, unicode.Greek), unicode.IsNumber('½'), unicode.IsDigit('½'))
	fmt.Println(strings.ToUpper("straße"), strings.Title("hello world"), strings.EqualFold("Straße", "STRASSE"), strings.ToUpperSpecial(unicode.TurkishCase, "iı"))
}
