package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	ints := []string{"42", "-7", "+3", "0x1F", "1_000", "9223372036854775808", "abc", ""}
	for _, s := range ints {
		n, err := strconv.Atoi(s)
		n2, err2 := strconv.ParseInt(s, 0, 64)
		fmt.Printf("%-22q Atoi=%d,%v Parse0=%d,%v\n", s, n, err, n2, err2)
	}
	for _, s := range []string{"3.14", "1e10", "-0", "inf", "NaN", "0x1p-2", "1e400", "."} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	for _, s := range []string{"true", "T", "0", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	_, err := strconv.ParseUint("300", 10, 8)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, errors.Is(err, strconv.ErrRange))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.000001234, 'e', 3, 32))
	fmt.Println(strconv.Quote("tab\there \"q\" ☺"), strconv.QuoteToASCII("☺ é"), strconv.QuoteRuneToGraphic('\t'))
	u, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("%q %v\n", u, err)
	_, err = strconv.Unquote(`'ab'`)
	fmt.Println(err)
	fmt.Println(strconv.Itoa(-0), strconv.FormatInt(-255, 16), strconv.FormatUint(255, 2), strconv.FormatBool(false))
	b := []byte("n=")
	b = strconv.AppendInt(b, 12, 10)
	b = strconv.AppendQuote(append(b, ' '), "s")
	b = strconv.AppendFloat(append(b, ' '), 0.5, 'f', -1, 64)
	fmt.Println(string(b))
	fmt.Println(strconv.IsPrint('\u00a0'), strconv.IsGraphic('\u00a0'), strconv.CanBackquote("a`b"))
}
