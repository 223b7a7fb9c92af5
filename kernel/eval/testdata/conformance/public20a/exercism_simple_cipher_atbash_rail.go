package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

func atbash(s string) string {
	var out []rune
	n := 0
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z':
			r = 'z' - (r - 'a')
		case unicode.IsDigit(r):
		default:
			continue
		}
		if n > 0 && n%5 == 0 {
			out = append(out, ' ')
		}
		out = append(out, r)
		n++
	}
	return string(out)
}

type Vigenere struct{ key []int }

var ErrKey = errors.New("invalid key")

func NewVigenere(key string) (*Vigenere, error) {
	if key == "" || strings.Trim(key, "a") == "" {
		return nil, ErrKey
	}
	v := &Vigenere{}
	for _, r := range key {
		if r < 'a' || r > 'z' {
			return nil, fmt.Errorf("%w: %q", ErrKey, r)
		}
		v.key = append(v.key, int(r-'a'))
	}
	return v, nil
}

func (v *Vigenere) shift(s string, dir int) string {
	var sb strings.Builder
	i := 0
	for _, r := range strings.ToLower(s) {
		if r < 'a' || r > 'z' {
			continue
		}
		sb.WriteRune('a' + rune((int(r-'a')+dir*v.key[i%len(v.key)]+26)%26))
		i++
	}
	return sb.String()
}

func (v *Vigenere) Encode(s string) string { return v.shift(s, 1) }
func (v *Vigenere) Decode(s string) string { return v.shift(s, -1) }

func railEncode(s string, rails int) string {
	rows := make([]strings.Builder, rails)
	r, d := 0, 1
	for _, c := range s {
		rows[r].WriteRune(c)
		if rails > 1 {
			if r == 0 {
				d = 1
			} else if r == rails-1 {
				d = -1
			}
			r += d
		}
	}
	var out strings.Builder
	for i := range rows {
		out.WriteString(rows[i].String())
	}
	return out.String()
}

func railDecode(s string, rails int) string {
	rs := []rune(s)
	n := len(rs)
	pattern := make([]int, n)
	r, d := 0, 1
	for i := range pattern {
		pattern[i] = r
		if rails > 1 {
			if r == 0 {
				d = 1
			} else if r == rails-1 {
				d = -1
			}
			r += d
		}
	}
	out := make([]rune, n)
	k := 0
	for row := 0; row < rails; row++ {
		for i, p := range pattern {
			if p == row {
				out[i] = rs[k]
				k++
			}
		}
	}
	return string(out)
}

func main() {
	for _, s := range []string{"yes", "OMG", "Testing, 1 2 3, testing.", "The quick brown fox jumps over the lazy dog."} {
		fmt.Printf("%q\n", atbash(s))
	}
	v, err := NewVigenere("lemon")
	fmt.Println(err)
	e := v.Encode("Attack at dawn!")
	fmt.Println(e, v.Decode(e))
	for _, k := range []string{"", "aaa", "ABC", "ok1"} {
		_, err := NewVigenere(k)
		fmt.Println(k, err, errors.Is(err, ErrKey))
	}
	msg := "WEAREDISCOVEREDFLEEATONCE"
	for _, n := range []int{1, 2, 3, 4} {
		enc := railEncode(msg, n)
		fmt.Println(n, enc, railDecode(enc, n) == msg)
	}
}
