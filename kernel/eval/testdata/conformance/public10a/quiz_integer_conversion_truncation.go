package main

import (
	"fmt"
	"strconv"
)

func main() {
	big := 300
	fmt.Println(byte(big), int8(big), uint16(-big+65536*2))
	f := 3.99
	fmt.Println(int(f), int(-f), uint(f))
	var x int64 = 1 << 40
	fmt.Println(int32(x), int32(x+7), float32(x+1) == float32(x))
	s := strconv.Itoa(65)
	r := string(rune(65))
	fmt.Println(s, r, s == r)
	n, err := strconv.Atoi("12a")
	fmt.Println(n, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	i8, err := strconv.ParseInt("200", 10, 8)
	fmt.Println(i8, err)
	fl, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(fl, err)
	b, err := strconv.ParseBool("yes")
	fmt.Println(b, err)
	fmt.Println(strconv.Quote("tab\there"), strconv.QuoteToASCII("é"), strconv.FormatInt(-255, 16))
}
