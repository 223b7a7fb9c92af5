package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	for _, s := range []string{"3.4028235e38", "3.5e38", "1e-46", "0.1", "1.7976931348623157e308", "1e309", "-0", "inf", "-Inf", "NaN", "0x1p-2", "1_000.5", "1e", ".5", "5.", "+.5e+2"} {
		f32, err32 := strconv.ParseFloat(s, 32)
		f64, err64 := strconv.ParseFloat(s, 64)
		fmt.Printf("%-24q f32=%v err=%v | f64=%v err=%v\n", s, f32, err32, f64, err64)
	}
	for _, f := range []float64{0, 1, -1, 0.1, 1.0 / 3, 1e21, 1e20, 123456789, 1e-5, 1e-4, 100, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.NaN(), -0.0} {
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', -1, 64),
			strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'g', 3, 64),
			strconv.FormatFloat(f, 'g', -1, 32), strconv.FormatFloat(f, 'b', -1, 64), strconv.FormatFloat(f, 'x', -1, 64))
	}
	fmt.Println(strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 32), strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 64))
	for _, s := range []string{"hello", "héllo", "\xff\xfe", "tab\there", "nul\x00", "\u2028", "😀", "a\"b", `back\slash`, "\x7f"} {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
	}
	for _, r := range []rune{'a', '\'', '\n', 0x10FFFF, 0xD800, -1, 'ÿ', '☺'} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.IsPrint(r))
	}
	for _, s := range []string{`"abc"`, "`raw\\n`", `'x'`, `"\u00e9\t"`, `"bad`, `'ab'`, `"\xff"`, `"\q"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
	for _, s := range []string{"127", "128", "-128", "-129", "0x7f", "0b101", "0o17", "017", "1_0", "_10", "", " 1", "+5", "9223372036854775808"} {
		v8, e8 := strconv.ParseInt(s, 0, 8)
		v64, e64 := strconv.ParseInt(s, 10, 64)
		fmt.Println(s, v8, e8, v64, e64)
	}
	for _, s := range []string{"255", "256", "-1", "ff", "FF", "zz"} {
		u, e := strconv.ParseUint(s, 16, 8)
		fmt.Println(s, u, e)
	}
	v, err := strconv.ParseInt("zz", 36, 64)
	fmt.Println(v, err)
	_, err = strconv.ParseInt("1", 37, 64)
	fmt.Println(err)
	fmt.Println(strconv.FormatInt(-255, 2), strconv.FormatInt(math.MinInt64, 16), strconv.FormatUint(math.MaxUint64, 36))
	fmt.Println(strconv.Itoa(-0), strconv.AppendInt([]byte("n="), 42, 10), string(strconv.AppendQuote(nil, "q")))
	for _, s := range []string{"true", "T", "1", "FALSE", "f", "yes", "True", "tRuE"} {
		b, e := strconv.ParseBool(s)
		fmt.Println(s, b, e)
	}
	a, e := strconv.Atoi("12a")
	fmt.Println(a, e)
	if ne, ok := e.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrSyntax)
	}
	_, e = strconv.Atoi("99999999999999999999")
	fmt.Println(e, e.(*strconv.NumError).Err == strconv.ErrRange)
	c, e := strconv.ParseComplex("(1+2i)", 128)
	fmt.Println(c, e)
	fmt.Println(strconv.FormatComplex(complex(1.5, -2), 'f', 2, 128))
}
