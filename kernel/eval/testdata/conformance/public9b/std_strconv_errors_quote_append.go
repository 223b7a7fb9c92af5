package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-0", "0x1F", "1_000", "9223372036854775808", "abc", "", " 7"} {
		i, err := strconv.ParseInt(s, 0, 64)
		fmt.Printf("%-22q %d %v\n", s, i, err)
	}
	for _, s := range []string{"3.14", "1e400", "-1e-400", "inf", "-Inf", "NaN", "0x1p-2", "1,5", ".5e1"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	_, err := strconv.ParseUint("300", 10, 8)
	var ne *strconv.NumError
	fmt.Println(err, errors.As(err, &ne), errors.Is(err, strconv.ErrRange))
	b, err := strconv.ParseBool("T")
	fmt.Println(b, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	fmt.Println(strconv.Quote("tab\there \"q\" é 😀 \x00\u2028"))
	fmt.Println(strconv.QuoteToASCII("é😀\n"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.QuoteToGraphic("\u00a0x"))
	u, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("%q %v\n", u, err)
	_, err = strconv.Unquote(`'ab'`)
	fmt.Println(err)
	r, _ := strconv.Unquote("`raw\\n`")
	fmt.Println(r)
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -255, 16)
	buf = append(buf, ' ')
	buf = strconv.AppendFloat(buf, 1.0/3, 'g', 5, 64)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "hi")
	buf = strconv.AppendBool(buf, false)
	buf = strconv.AppendUint(buf, 255, 2)
	fmt.Println(string(buf))
	fmt.Println(strconv.Itoa(-0), strconv.FormatInt(-8, 2), strconv.FormatUint(1<<64-1, 36))
	for _, f := range []float64{0, 1, 0.1, 123456789, 1e21, 1e-7, -2.5e-10} {
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'f', -1, 32), strconv.FormatFloat(f, 'G', 2, 64))
	}
	fmt.Println(strconv.IsPrint('\u00ad'), strconv.CanBackquote("a`b"), strconv.IsGraphic(' '))
}
