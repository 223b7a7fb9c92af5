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
	var buf []byte
	for n > 0 {
		buf = append(buf, digits[n%int64(base)])
		n /= int64(base)
	}
	if neg {
		buf = append(buf, '-')
	}
	for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
		buf[i], buf[j] = buf[j], buf[i]
	}
	return string(buf)
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

func toRoman(n int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var sb strings.Builder
	for i, v := range vals {
		for n >= v {
			sb.WriteString(syms[i])
			n -= v
		}
	}
	return sb.String()
}

func main() {
	for _, n := range []int64{0, 10, 255, -42, 1 << 40} {
		fmt.Println(n, toBase(n, 2), toBase(n, 8), toBase(n, 16), toBase(n, 36), strconv.FormatInt(n, 36))
	}
	fmt.Println(fromBase("ff", 16))
	fmt.Println(fromBase("zz", 36))
	fmt.Println(fromBase("129", 8))
	v, err := strconv.ParseInt("-101", 2, 64)
	fmt.Println(v, err)
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err)
	u, _ := strconv.ParseUint("0xff", 0, 16)
	fmt.Println(u)
	fmt.Println(strconv.FormatFloat(0.1, 'b', -1, 64))
	for _, n := range []int{1994, 2024, 3999, 4} {
		fmt.Print(toRoman(n), " ")
	}
	fmt.Println()
	fmt.Printf("%b %o %x %X %#x\n", 2024, 2024, 2024, 2024, 2024)
	var x int
	fmt.Sscanf("7f", "%x", &x)
	fmt.Println(x, strconv.Itoa(x), strconv.QuoteRune('☺'), strconv.AppendInt(nil, -5, 3))
}
