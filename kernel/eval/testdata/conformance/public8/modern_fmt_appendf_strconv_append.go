package main

import (
	"fmt"
	"strconv"
	"unicode/utf8"
)

type Level int

func (l Level) AppendText(b []byte) ([]byte, error) {
	return append(b, "L"+strconv.Itoa(int(l))...), nil
}

func main() {
	buf := make([]byte, 0, 64)
	buf = fmt.Appendf(buf, "id=%04d ", 42)
	buf = fmt.Append(buf, "x", 1, 2, "y")
	buf = fmt.Appendln(buf, " end")
	fmt.Printf("%q\n", buf)
	b := []byte("n:")
	b = strconv.AppendInt(b, -255, 16)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "tab\there")
	b = append(b, ' ')
	b = strconv.AppendBool(b, true)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 3.14159, 'f', 2, 64)
	b = append(b, ' ')
	b = strconv.AppendQuoteRune(b, '☺')
	fmt.Println(string(b))
	fmt.Println(strconv.Quote("héllo\n\x00"), strconv.QuoteToASCII("héllo"), strconv.QuoteRuneToGraphic('\u00a0'))
	s, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Println(s, err, utf8.RuneCountInString(s))
	_, err = strconv.Unquote(`'ab'`)
	fmt.Println(err)
	lb, _ := Level(3).AppendText([]byte("level="))
	fmt.Println(string(lb))
	v, err := strconv.ParseInt("0x1F", 0, 64)
	fmt.Println(v, err)
	_, err = strconv.ParseInt("999999999999999999999", 10, 64)
	fmt.Println(err)
	u, err := strconv.ParseUint("1_000", 0, 32)
	fmt.Println(u, err)
}
