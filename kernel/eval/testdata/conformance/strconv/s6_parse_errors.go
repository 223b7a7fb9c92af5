package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"3.14", "1e400", "-1e400", "abc", "", "0x1p-2", "inf", "-Inf", "NaN", "1_000.5", "1e-400", ".5", "5."} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	for _, s := range []string{"127", "128", "-129", "0x7f", "0b101", "0o17", "1_000", "12a", " 1"} {
		i, err := strconv.ParseInt(s, 0, 8)
		fmt.Println(s, i, err)
	}
	_, err = strconv.ParseInt("10", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(err)
	_, err = strconv.Atoi("99999999999999999999")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrRange, errors.Is(err, strconv.ErrRange))
	b, err := strconv.ParseBool("T")
	fmt.Println(b, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	fmt.Println(strconv.FormatFloat(1.0/3, 'g', 5, 64), strconv.FormatFloat(1e21, 'f', 0, 64), strconv.FormatFloat(255, 'x', -1, 64), strconv.FormatFloat(0.1, 'e', 3, 32))
	c, err := strconv.ParseComplex("1+2i", 128)
	fmt.Println(c, err)
}
