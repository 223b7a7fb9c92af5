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
	b, e := strconv.ParseBool("true")
	fmt.Println(b, e)
	fmt.Println(strconv.Itoa(-42), strconv.FormatInt(255, 2), strconv.FormatFloat(1.5, 'e', 3, 64))
	fmt.Println(strconv.Quote("hi\n"), strconv.QuoteRune('☺'))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	var ne *strconv.NumError
	_, err = strconv.ParseFloat("1e500", 64)
	fmt.Println(err, fmt.Sprintf("%T", err))
	_ = ne
	fmt.Println(strconv.AppendInt([]byte("n="), 7, 10))
}
