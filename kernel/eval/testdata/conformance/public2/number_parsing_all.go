package main

import (
	"fmt"
	"strconv"
)

func main() {
	f, _ := strconv.ParseFloat("1.234", 64)
	fmt.Println(f)
	i, _ := strconv.ParseInt("123", 0, 64)
	fmt.Println(i)
	d, _ := strconv.ParseInt("0x1c8", 0, 64)
	fmt.Println(d)
	u, _ := strconv.ParseUint("789", 0, 64)
	fmt.Println(u)
	k, _ := strconv.Atoi("135")
	fmt.Println(k)
	_, e := strconv.Atoi("wat")
	fmt.Println(e)
	_, e = strconv.ParseInt("300", 10, 8)
	fmt.Println(e)
	if ne, ok := e.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err == strconv.ErrRange)
	}
	b, err := strconv.ParseBool("TRUE")
	fmt.Println(b, err)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.Itoa(99), strconv.FormatFloat(3.14159, 'f', 2, 64))
	fmt.Println(strconv.Quote("hi\n"), strconv.QuoteRune('☺'), strconv.AppendInt([]byte("n="), 42, 10))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	v, _ := strconv.ParseInt("-0b1010", 0, 64)
	fmt.Println(v)
	g, _ := strconv.ParseFloat("1e400", 64)
	fmt.Println(g)
}
