package main

import (
	"fmt"
	"strconv"
	"unicode/utf8"
)

type Code uint16
type Name string

func (c Code) String() string { return "code-" + strconv.Itoa(int(c)) }

func main() {
	var n int = 65
	s1 := string(rune(n))
	s2 := strconv.Itoa(n)
	s3 := fmt.Sprint(n)
	fmt.Println(s1, s2, s3, len(s1), len(s2))
	big := 0x1F600
	fmt.Println(string(rune(big)), utf8.RuneLen(rune(big)))
	fmt.Println(string(rune(-1)) == "\uFFFD", string(rune(0xD800)) == "\uFFFD")
	var c Code = 404
	fmt.Println(c, Code(200), uint16(c), fmt.Sprint(c), fmt.Sprintf("%d %v %s", c, c, c))
	nm := Name("go")
	fmt.Println(nm+"pher", len(nm), string(nm[0]), []byte(nm), []rune(nm+"ö"))
	bs := []byte{'h', 'i'}
	str := string(bs)
	bs[0] = 'H'
	fmt.Println(str, string(bs))
	rs := []rune("héllo")
	rs[1] = 'e'
	fmt.Println(string(rs), len(rs), len(string(rs)))
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 10))
	i64, _ := strconv.ParseInt("-0x1f", 0, 64)
	u, _ := strconv.ParseUint("0b1010", 0, 8)
	o, _ := strconv.ParseInt("0o777", 0, 16)
	fmt.Println(i64, u, o)
	fmt.Println(strconv.Quote("tab\there"), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'))
	var x uint8 = 250
	var y int8 = int8(x)
	var z = int(x) + 10
	fmt.Println(x, y, z, uint8(z))
	f := 3.99
	fmt.Println(int(f), int(-f), uint(f), int64(f*100))
	fmt.Println(fmt.Sprintf("%c%c%c", 71, 111, 0x1F44B))
	digits := "12345"
	sum := 0
	for _, d := range digits {
		sum += int(d - '0')
	}
	fmt.Println(sum, digits[2]-'0', string(digits[2]))
	b := strconv.AppendBool(nil, true)
	b = strconv.AppendInt(append(b, ' '), -42, 10)
	b = strconv.AppendFloat(append(b, ' '), 1.5, 'e', 3, 64)
	b = strconv.AppendQuoteRune(append(b, ' '), 'x')
	fmt.Println(string(b))
	fmt.Println(strconv.IntSize, strconv.FormatFloat(1234.5678, 'f', 2, 32), strconv.FormatFloat(0.000012345, 'g', 3, 64))
}
