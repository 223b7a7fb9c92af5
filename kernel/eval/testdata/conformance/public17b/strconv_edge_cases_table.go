package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	floats := []float64{0, -0.0, 1.0 / 3, 1e21, 1e-7, 123456789.0, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(-1), math.NaN(), 0.1 + 0.2}
	for _, f := range floats {
		fmt.Printf("%s|%s|%s|%s\n", strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 3, 64),
			strconv.FormatFloat(f, 'f', -1, 32), strconv.FormatFloat(f, 'b', -1, 64))
	}
	for _, base := range []int{2, 8, 16, 36} {
		fmt.Print(strconv.FormatInt(-255, base), " ", strconv.FormatUint(math.MaxUint64, base), " ")
	}
	fmt.Println()
	fmt.Println(strconv.Quote("héllo\n\x00\u2028"), strconv.QuoteToASCII("héllo☺"), strconv.QuoteRune('☺'), strconv.QuoteRuneToGraphic('\t'))
	for _, q := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"bad`, `"\u00e9"`} {
		s, err := strconv.Unquote(q)
		fmt.Printf("%q %v\n", s, err)
	}
	v, mb, tail, err := strconv.UnquoteChar(`\x41rest`, '"')
	fmt.Println(v, mb, tail, err)
	fmt.Println(strconv.AppendInt([]byte("n="), -42, 10), string(strconv.AppendQuote(nil, "q")), string(strconv.AppendBool(nil, true)))
	for _, s := range []string{"9223372036854775807", "9223372036854775808", "-9223372036854775808", "+12", " 12", "0x", "1e3"} {
		n, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(n, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	c, err := strconv.ParseComplex("(1+2i)", 128)
	fmt.Println(c, err, strconv.FormatComplex(complex(0.5, -1), 'f', 2, 64))
	fmt.Println(strconv.IsPrint('\u00ad'), strconv.IsGraphic(' '), strconv.CanBackquote("a`b"), strconv.Itoa(math.MinInt64))
}
