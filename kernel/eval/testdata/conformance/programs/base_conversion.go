package main

import (
	"fmt"
	"strconv"
	"strings"
)

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

func toBase(n int64, base int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var out []byte
	for n > 0 {
		out = append(out, digits[n%int64(base)])
		n /= int64(base)
	}
	if neg {
		out = append(out, '-')
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return string(out)
}

func fromBase(s string, base int) (int64, error) {
	var n int64
	for _, c := range strings.ToLower(s) {
		d := strings.IndexRune(digits, c)
		if d < 0 || d >= base {
			return 0, fmt.Errorf("invalid digit %q for base %d", c, base)
		}
		n = n*int64(base) + int64(d)
	}
	return n, nil
}

func main() {
	for _, n := range []int64{0, 255, -42, 1 << 40, 123456789} {
		fmt.Println(n, toBase(n, 2), toBase(n, 16), toBase(n, 36), strconv.FormatInt(n, 36) == toBase(n, 36))
	}
	fmt.Println(fromBase("ff", 16))
	fmt.Println(fromBase("zz", 36))
	fmt.Println(fromBase("129", 8))
	v, err := strconv.ParseInt("-101", 2, 8)
	fmt.Println(v, err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	fmt.Printf("%b %o %x %X %#x %#o\n", 10, 10, 3054, 3054, 3054, 8)
}
