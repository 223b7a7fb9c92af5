package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"plain", "tab\there", "uni☺", "\x00\x7f", "bad\xffutf8", `"q"`, "\u200b"} {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
	}
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.QuoteRune(0x10FFFF+1), strconv.QuoteRuneToGraphic('\u00a0'))
	b := []byte("x=")
	b = strconv.AppendInt(b, -42, 16)
	b = strconv.AppendUint(b, 42, 2)
	b = strconv.AppendFloat(b, 1.5, 'e', 3, 64)
	b = strconv.AppendBool(b, true)
	b = strconv.AppendQuote(b, "q")
	b = strconv.AppendQuoteRune(b, 'r')
	b = strconv.AppendQuoteToASCII(b, "é")
	fmt.Println(string(b))
	for _, in := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"bad`, `"\u00e9"`, `'ab'`, `"\x41"`} {
		s, err := strconv.Unquote(in)
		fmt.Printf("%q %v\n", s, err)
	}
	v, mb, tail, err := strconv.UnquoteChar(`\u263aabc`, '"')
	fmt.Println(v, mb, tail, err)
	fmt.Println(strconv.QuotedPrefix(`"abc"def`))
	fmt.Println(strconv.QuotedPrefix(`abc`))
	for _, bs := range []int{32, 64} {
		f, err := strconv.ParseFloat("3.4e39", bs)
		fmt.Println(f, err)
		f, err = strconv.ParseFloat("0.1", bs)
		fmt.Println(f, err)
	}
	f32, _ := strconv.ParseFloat("16777217", 32)
	fmt.Println(f32, float32(f32))
	for _, s := range []string{"1e400", "-1e400", "1e-400", "inf", "-Inf", "NaN", "0x1p-2", "1_000.5", "1,5", ""} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	_, err = strconv.Atoi("12a")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrSyntax))
	_, err = strconv.ParseInt("999", 10, 8)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
	_, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("10", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("10", 10, 65)
	fmt.Println(err)
	i, err := strconv.ParseInt("0x_1F", 0, 64)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("-0b101", 0, 8)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("0o17", 0, 64)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("-129", 10, 8)
	fmt.Println(i, err)
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	bl, err := strconv.ParseBool("T")
	fmt.Println(bl, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	c, err := strconv.ParseComplex("1+2i", 128)
	fmt.Println(c, err)
	fmt.Println(strconv.FormatFloat(1234.5678, 'g', -1, 32), strconv.FormatFloat(0.000012345, 'G', 3, 64), strconv.FormatFloat(-0.0, 'f', 2, 64), strconv.FormatFloat(1e21, 'f', -1, 64))
	fmt.Println(strconv.FormatFloat(2.5, 'x', -1, 64), strconv.FormatFloat(255, 'b', -1, 64), strconv.FormatComplex(1-2i, 'f', 1, 64))
	fmt.Println(strconv.FormatInt(-255, 36), strconv.Itoa(1<<62), strconv.IsPrint('\u00ad'), strconv.IsGraphic(' '))
}
