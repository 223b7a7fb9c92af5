package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-17", "0x1F", "1_000", "9223372036854775808", "abc", "", " 5", "+3"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	for _, tc := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"0xff", 0, 64}, {"0b101", 0, 8}, {"0o17", 0, 16}, {"300", 10, 8}, {"-129", 10, 8}, {"z", 36, 64}, {"12", 2, 64}} {
		n, err := strconv.ParseInt(tc.s, tc.base, tc.bits)
		fmt.Println(tc.s, n, err)
	}
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	var ne *strconv.NumError
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrRange))
	}
	for _, s := range []string{"3.14", "1e10", "-0", "inf", "-Inf", "NaN", "1e400", "0x1p-2", "1.5e", ".5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	for _, s := range []string{"true", "T", "0", "yes", "FALSE"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	fmt.Println(strconv.Itoa(-99), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 36))
	for _, f := range []float64{0, 1, -1.5, 123456789.125, 1e21, 1e-7, 0.1, 2.0 / 3} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'g', 4, 32))
	}
	fmt.Println(strconv.Quote("hi\n\"there\"\t☺\x00"), strconv.QuoteToASCII("☺ é"), strconv.QuoteRune('\''), strconv.QuoteRuneToASCII('☺'))
	for _, q := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"bad`, `"\u263a"`} {
		s, err := strconv.Unquote(q)
		fmt.Printf("%q %v\n", s, err)
	}
	b := []byte("n=")
	b = strconv.AppendInt(b, -7, 10)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "q")
	b = strconv.AppendBool(b, true)
	b = strconv.AppendFloat(b, 0.25, 'f', 2, 64)
	fmt.Println(string(b))
	fmt.Println(strconv.IsPrint('\u00a0'), strconv.IsPrint('a'), strconv.CanBackquote("a`b"), strconv.IntSize)
	c, err := strconv.ParseComplex("(1+2i)", 128)
	fmt.Println(c, err, strconv.FormatComplex(3-4i, 'f', 1, 128))
	v, mb, tail, err := strconv.UnquoteChar(`\u00e9rest`, '"')
	fmt.Println(string(v), mb, tail, err)
}
