package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"plain", "tab\there", "quote\"s", "héllo☺", "\x00\xff", "`back`"} {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
	}
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.QuoteRune('\n'))
	u, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("%q %v\n", u, err)
	_, err = strconv.Unquote(`"unterminated`)
	fmt.Println(err)
	u, err = strconv.Unquote("`raw\\n`")
	fmt.Printf("%q %v\n", u, err)
	r, mb, tail, err := strconv.UnquoteChar(`\u263a rest`, '"')
	fmt.Println(r, mb, tail, err)
	b := []byte("n=")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendUint(b, 255, 16)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 3.25, 'f', -1, 64)
	b = append(b, ' ')
	b = strconv.AppendBool(b, true)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "q")
	b = strconv.AppendQuoteRune(b, 'r')
	fmt.Println(string(b))
	fmt.Println(strconv.FormatInt(-255, 2), strconv.FormatInt(35, 36), strconv.FormatUint(1<<63, 10), strconv.Itoa(-9))
	fmt.Println(strconv.QuotedPrefix(`"abc"def`))
	fmt.Println(strconv.IsPrint('\u00ad'), strconv.IsGraphic(' '))
}
