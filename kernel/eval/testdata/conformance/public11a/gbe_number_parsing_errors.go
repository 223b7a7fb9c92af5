package main

import (
	"errors"
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
	fmt.Println(e, errors.Is(e, strconv.ErrRange))
	b, e := strconv.ParseBool("T")
	fmt.Println(b, e)
	n, e := strconv.ParseInt("-0b1010_1010", 0, 64)
	fmt.Println(n, e)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatFloat(3.14159, 'e', 3, 64), strconv.Quote("hi\n\"there\""))
	fmt.Println(strconv.Itoa(99)+"!", strconv.AppendInt([]byte("n="), 42, 2))
	q, e := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", q, e)
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteToASCII("☺x"))
	var ne *strconv.NumError
	_, e = strconv.ParseFloat("1e400", 64)
	if errors.As(e, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
}
