package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

func isbn10(s string) bool {
	s = strings.ReplaceAll(s, "-", "")
	if len(s) != 10 {
		return false
	}
	sum := 0
	for i, c := range s {
		var v int
		switch {
		case c >= '0' && c <= '9':
			v = int(c - '0')
		case c == 'X' && i == 9:
			v = 10
		default:
			return false
		}
		sum += v * (10 - i)
	}
	return sum%11 == 0
}

func luhn(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	if len(s) < 2 {
		return false
	}
	sum := 0
	double := false
	for i := len(s) - 1; i >= 0; i-- {
		c := s[i]
		if c < '0' || c > '9' {
			return false
		}
		d := int(c - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return sum%10 == 0
}

var ErrPhone = errors.New("invalid phone number")

func phone(s string) (string, error) {
	var digits []rune
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			digits = append(digits, r)
		case unicode.IsLetter(r):
			return "", fmt.Errorf("%w: letters not permitted", ErrPhone)
		}
	}
	if len(digits) == 11 && digits[0] == '1' {
		digits = digits[1:]
	}
	if len(digits) != 10 {
		return "", fmt.Errorf("%w: %d digits", ErrPhone, len(digits))
	}
	if digits[0] < '2' || digits[3] < '2' {
		return "", fmt.Errorf("%w: bad area or exchange code", ErrPhone)
	}
	d := string(digits)
	return fmt.Sprintf("(%s) %s-%s", d[:3], d[3:6], d[6:]), nil
}

func wordCount(s string) map[string]int {
	counts := map[string]int{}
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
	for _, w := range f {
		w = strings.Trim(w, "'")
		if w != "" {
			counts[w]++
		}
	}
	return counts
}

func main() {
	for _, s := range []string{"3-598-21508-8", "3-598-21508-9", "3-598-21507-X", "3-598-2X507-9", "359821507X", "3-598-21507"} {
		fmt.Println(s, isbn10(s))
	}
	for _, s := range []string{"4539 3195 0343 6467", "8273 1232 7352 0569", "059", "0", " 0 0 ", "055a 444 285"} {
		fmt.Printf("%q %v\n", s, luhn(s))
	}
	for _, s := range []string{"(223) 456-7890", "+1 (613)-995-0253", "123-abc-7890", "1 (023) 456-7890", "22345678901"} {
		p, err := phone(s)
		fmt.Printf("%q %q %v %v\n", s, p, err, errors.Is(err, ErrPhone))
	}
	wc := wordCount("Joe can't tell between 'large' and large. Go, go, GO! 1 2 1")
	keys := make([]string, 0, len(wc))
	for k := range wc {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", wc[k], " ")
	}
	fmt.Println()
}
