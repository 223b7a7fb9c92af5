package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	b := []byte("vals:")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendUint(b, 255, 16)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 3.14159, 'f', 2, 64)
	b = append(b, ' ')
	b = strconv.AppendBool(b, true)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "tab\there")
	b = append(b, ' ')
	b = strconv.AppendQuoteRune(b, '☺')
	b = append(b, ' ')
	b = strconv.AppendQuoteToASCII(b, "café")
	fmt.Println(string(b))
	for _, f := range []float64{0, 1, -2.5, 1e21, 1e-7, 123456789.125, 0.1 + 0.2} {
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'f', -1, 32), strconv.FormatFloat(f, 'G', 4, 64))
	}
	for _, base := range []int{2, 8, 16, 36} {
		fmt.Print(strconv.FormatInt(-1234567, base), " ")
	}
	fmt.Println()
	for _, s := range []string{"0x1F", "0b101", "0o17", "017", "1_000", "-9223372036854775808", "9223372036854775808", "  5"} {
		n, err := strconv.ParseInt(s, 0, 64)
		fmt.Printf("%-22q %d %v\n", s, n, err)
	}
	_, err := strconv.ParseUint("300", 10, 8)
	var ne *strconv.NumError
	fmt.Println(err, errors.As(err, &ne), ne.Func, errors.Is(err, strconv.ErrRange))
	for _, s := range []string{"1e3", "inf", "-Inf", "nan", "0x1p-2", "1.7976931348623159e308", ".5", "5."} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("%-24q %v %v\n", s, f, err)
	}
	for _, s := range []string{`"a\tb"`, "`raw`", `'x'`, `"bad`, `"\u00e9"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%-10s %q %v\n", s, u, err)
	}
	for _, s := range []string{"t", "TRUE", "0", "yes"} {
		v, err := strconv.ParseBool(s)
		fmt.Print(v, " ", err, "; ")
	}
	fmt.Println()
	fmt.Println(strconv.Quote("héllo\n\x00"), strconv.QuoteToASCII("héllo"), strconv.QuoteToGraphic("\u00a0x"), strconv.IsPrint('\u00ad'))
	fmt.Println(strconv.Itoa(-0), strconv.FormatBool(false), strconv.CanBackquote("a`b"))
}
