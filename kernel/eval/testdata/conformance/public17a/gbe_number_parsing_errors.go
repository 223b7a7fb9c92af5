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
	var ne *strconv.NumError
	if errors.As(e, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
	b, err := strconv.ParseBool("T")
	fmt.Println(b, err)
	o, _ := strconv.ParseInt("0o17", 0, 64)
	bn, _ := strconv.ParseInt("-0b101", 0, 64)
	us, _ := strconv.ParseInt("1_000_000", 0, 64)
	fmt.Println(o, bn, us)
	_, err = strconv.ParseInt("1_000", 10, 64)
	fmt.Println(err)
	inf, _ := strconv.ParseFloat("-Inf", 64)
	hx, _ := strconv.ParseFloat("0x1p-2", 64)
	fmt.Println(inf, hx)
	_, err = strconv.ParseFloat("1e400", 64)
	fmt.Println(err)
}
