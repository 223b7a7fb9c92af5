package main

import (
	"fmt"
	"math"
	"strconv"
)

type Parser struct{ base int }

func (p Parser) Parse(s string) (int64, error) {
	v, err := strconv.ParseInt(s, p.base, 64)
	if err != nil {
		return 0, fmt.Errorf("parser(base %d): %w", p.base, err)
	}
	return v, nil
}

func main() {
	for _, f := range []float64{0.1, 1.0 / 3, 1e23, math.MaxFloat64, math.SmallestNonzeroFloat64, -0.0, 100} {
		s := strconv.FormatFloat(f, 'g', -1, 64)
		back, _ := strconv.ParseFloat(s, 64)
		fmt.Println(s, back == f, strconv.FormatFloat(f, 'e', -1, 32))
	}
	for _, base := range []int{2, 8, 16, 36} {
		p := Parser{base}
		s := strconv.FormatInt(-123456789, base)
		v, err := p.Parse(s)
		fmt.Println(base, s, v, err)
	}
	_, err := Parser{16}.Parse("xyz")
	fmt.Println(err)
	fmt.Println(strconv.FormatInt(math.MinInt64, 10), strconv.FormatUint(math.MaxUint64, 16))
	v, err := strconv.ParseUint("18446744073709551616", 10, 64)
	fmt.Println(v, err)
	i, err := strconv.ParseInt("-9223372036854775809", 10, 64)
	fmt.Println(i, err)
	i32, err := strconv.ParseInt("2147483648", 10, 32)
	fmt.Println(i32, err)
	fmt.Println(strconv.IntSize)
}
