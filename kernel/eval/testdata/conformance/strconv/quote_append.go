package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote("Hello, 世界\n"), strconv.QuoteToASCII("世界"), strconv.QuoteRune('☺'))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote("noquotes")
	fmt.Println(err)
	b := []byte("n=")
	b = strconv.AppendInt(b, 42, 10)
	b = strconv.AppendQuote(b, "x")
	b = strconv.AppendBool(b, true)
	fmt.Println(string(b))
	fmt.Println(strconv.FormatFloat(0.1, 'e', -1, 32), strconv.FormatFloat(2.5, 'E', 3, 64))
	var ne *strconv.NumError
	_, err = strconv.ParseFloat("1e400", 64)
	ne = err.(*strconv.NumError)
	fmt.Println(ne.Func, ne.Num, ne.Err == strconv.ErrRange)
}
