package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func rleEncode(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		if n := j - i; n > 1 {
			b.WriteString(strconv.Itoa(n))
		}
		b.WriteRune(rs[i])
		i = j
	}
	return b.String()
}

func rleDecode(s string) string {
	var b strings.Builder
	n := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			n = n*10 + int(r-'0')
			continue
		}
		b.WriteString(strings.Repeat(string(r), max(n, 1)))
		n = 0
	}
	return b.String()
}

func caesar(s string, shift int) string {
	shift = (shift%26 + 26) % 26
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(shift))%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(shift))%26
		}
		return r
	}, s)
}

const digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

func toBase(n int64, base int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	var u uint64
	if neg {
		u = uint64(-n)
	} else {
		u = uint64(n)
	}
	var buf [65]byte
	i := len(buf)
	for u > 0 {
		i--
		buf[i] = digits[u%uint64(base)]
		u /= uint64(base)
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func fromBase(s string, base int) (int64, error) {
	var n int64
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	for _, r := range strings.ToUpper(s) {
		d := strings.IndexRune(digits, r)
		if d < 0 || d >= base {
			return 0, fmt.Errorf("invalid digit %q for base %d", r, base)
		}
		n = n*int64(base) + int64(d)
	}
	if neg {
		n = -n
	}
	return n, nil
}

func main() {
	for _, s := range []string{"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWB", "aabcccccaaa", "", "ééé  x", "abc"} {
		e := rleEncode(s)
		fmt.Printf("%q -> %q ok=%v\n", s, e, rleDecode(e) == s)
	}
	msg := "The Quick Brown Fox, 2024!"
	enc := caesar(msg, 3)
	fmt.Println(enc, "|", caesar(enc, -3), "|", caesar(msg, 29) == enc, caesar("xyz", -27))
	for _, n := range []int64{0, 255, -255, 1 << 40, -9223372036854775808} {
		for _, b := range []int{2, 16, 36} {
			s := toBase(n, b)
			back, err := fromBase(s, b)
			std := strconv.FormatInt(n, b)
			fmt.Printf("%d b%d=%s std=%v back=%v %v\n", n, b, s, strings.EqualFold(s, std), back == n, err)
		}
	}
	_, err := fromBase("12G", 16)
	fmt.Println(err)
}
