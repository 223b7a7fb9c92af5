package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, -0.0, 1, 0.1, 1.0 / 3, 123456789, 1e21, 1e-7, 5e-324, math.MaxFloat64, math.Inf(-1), math.NaN(), 100, 2.5, 1234.5678}
	for _, v := range vals {
		fmt.Println(strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'e', 3, 64), strconv.FormatFloat(v, 'f', 2, 64),
			strconv.FormatFloat(v, 'G', 4, 64), strconv.FormatFloat(v, 'g', -1, 32))
	}
	for _, v := range vals[:10] {
		s := strconv.FormatFloat(v, 'g', -1, 64)
		back, err := strconv.ParseFloat(s, 64)
		fmt.Print(back == v || v != v, err == nil, " ")
	}
	fmt.Println()
	for _, base := range []int{2, 8, 10, 16, 36} {
		fmt.Println(strconv.FormatInt(-1234567, base), strconv.FormatUint(math.MaxUint64, base))
	}
	for _, s := range []string{"0", "-0", "+5", "007", "0x10", "1e3", " 1", "9223372036854775807", "9223372036854775808", "-9223372036854775808"} {
		i, err := strconv.Atoi(s)
		j, err2 := strconv.ParseInt(s, 0, 64)
		fmt.Println(s, i, err, j, err2)
	}
	fmt.Println(strconv.AppendInt(nil, 42, 10), string(strconv.AppendFloat([]byte("f="), 0.5, 'f', -1, 32)))
	for _, s := range []string{"1", "t", "TRUE", "True", "0", "f", "F", "FALSE", "false", "tRuE", "2"} {
		b, err := strconv.ParseBool(s)
		fmt.Print(b, err != nil, ";")
	}
	fmt.Println()
	c, err := strconv.ParseComplex("(1.5-2i)", 64)
	fmt.Println(c, err)
	_, err = strconv.ParseComplex("1+", 128)
	fmt.Println(err)
	fmt.Println(strconv.FormatComplex(complex(1, -0.5), 'g', -1, 128), strconv.FormatComplex(3i, 'e', 2, 64))
}
