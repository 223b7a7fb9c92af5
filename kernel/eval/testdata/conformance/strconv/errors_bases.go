package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"42", "-0b1010", "0o17", "0x_ff", "1_000", "9223372036854775808", "", "12a"}
	for _, in := range inputs {
		v, err := strconv.ParseInt(in, 0, 64)
		if err != nil {
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Printf("%-22q err=%v syntax=%v range=%v\n", in, ne.Err, errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
			}
			continue
		}
		fmt.Printf("%-22q %d\n", in, v)
	}
	for _, in := range []string{"1", "t", "T", "TRUE", "false", "0", "yes"} {
		b, err := strconv.ParseBool(in)
		fmt.Println(in, b, err)
	}
	f, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	f, _ = strconv.ParseFloat("NaN", 64)
	fmt.Println(f)
	f, _ = strconv.ParseFloat("-Inf", 64)
	fmt.Println(f)
}
