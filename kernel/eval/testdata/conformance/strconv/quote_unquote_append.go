package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote(`"Fran & Freddie's Diner	☺"`))
	fmt.Println(strconv.QuoteToASCII(`"Fran & Freddie's Diner	☺"`))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'))
	s, err := strconv.Unquote(`"\"Hello\tWorld\""`)
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote(`'ab'`)
	fmt.Println(err)
	s, _ = strconv.Unquote("`raw\\n`")
	fmt.Println(s)
	b := []byte("int:")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, " bool:"...)
	b = strconv.AppendBool(b, true)
	b = append(b, " quote:"...)
	b = strconv.AppendQuote(b, "hi\n")
	b = append(b, " float:"...)
	b = strconv.AppendFloat(b, 1.5, 'E', -1, 64)
	fmt.Println(string(b))
	fmt.Println(strconv.IsPrint('\u263a'), strconv.IsPrint('\u0007'), strconv.CanBackquote("a`b"))
	fmt.Println(strconv.QuotedPrefix(`"abc" rest`))
}
