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
	b, _ := strconv.ParseBool("true")
	fmt.Println(b)
	_, e = strconv.ParseInt("300", 10, 8)
	fmt.Println(e)
	ne := e.(*strconv.NumError)
	fmt.Println(ne.Func, ne.Num, ne.Err == strconv.ErrRange)
	fmt.Println(strconv.FormatInt(-42, 16), strconv.FormatUint(255, 2), strconv.Itoa(99))
	fmt.Println(strconv.FormatFloat(3.1415926, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.000012, 'e', 3, 32))
	fmt.Println(strconv.FormatBool(false))
	v, _ := strconv.ParseInt("-101", 2, 64)
	fmt.Println(v)
}
