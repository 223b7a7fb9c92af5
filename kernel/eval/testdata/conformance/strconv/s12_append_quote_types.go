package main

import (
	"fmt"
	"strconv"
)

type Field struct {
	Key string
	Val any
}

type Record []Field

// AppendJSONish writes the record with strconv's Append functions.
func (r Record) Append(b []byte) []byte {
	b = append(b, '{')
	for i, f := range r {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendQuote(b, f.Key)
		b = append(b, ':')
		switch v := f.Val.(type) {
		case string:
			b = strconv.AppendQuote(b, v)
		case int:
			b = strconv.AppendInt(b, int64(v), 10)
		case uint8:
			b = strconv.AppendUint(b, uint64(v), 16)
		case float64:
			b = strconv.AppendFloat(b, v, 'g', -1, 64)
		case bool:
			b = strconv.AppendBool(b, v)
		case rune:
			b = strconv.AppendQuoteRuneToASCII(b, v)
		default:
			b = strconv.AppendQuoteToASCII(b, fmt.Sprint(v))
		}
	}
	return append(b, '}')
}

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

func main() {
	r := Record{{"name", "Zoë \"Z\""}, {"n", -42}, {"mask", uint8(255)}, {"pi", 3.14159}, {"ok", true}, {"r", '世'}, {"t", Celsius(21.25)}}
	fmt.Println(string(r.Append(nil)))
	fmt.Println(string(r[:2].Append([]byte("rec="))))
	for _, s := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"bad`, `"\u00e9"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
	fmt.Println(strconv.Quote("\x00\u2028tab\t"), strconv.QuoteRune('\n'), strconv.QuoteRuneToGraphic('\u00a0'))
	fmt.Println(strconv.FormatFloat(1e21, 'f', -1, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.000001234, 'e', 2, 64))
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64), strconv.FormatFloat(-0.0, 'g', -1, 64))
	f, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("0x1p-2", 64)
	fmt.Println(f, err)
	n, err := strconv.ParseInt("-0b1010", 0, 8)
	fmt.Println(n, err)
	u, err := strconv.ParseUint("0o777", 0, 64)
	fmt.Println(u, err)
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
}
