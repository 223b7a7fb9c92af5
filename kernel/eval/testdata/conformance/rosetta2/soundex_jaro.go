package main

import (
	"fmt"
	"strings"
)

func soundex(s string) string {
	codes := map[byte]byte{}
	for i, grp := range []string{"BFPV", "CGJKQSXZ", "DT", "L", "MN", "R"} {
		for j := 0; j < len(grp); j++ {
			codes[grp[j]] = byte('1' + i)
		}
	}
	s = strings.ToUpper(s)
	out := []byte{s[0]}
	last := codes[s[0]]
	for i := 1; i < len(s) && len(out) < 4; i++ {
		c := s[i]
		code, ok := codes[c]
		if !ok {
			if c != 'H' && c != 'W' {
				last = 0
			}
			continue
		}
		if code != last {
			out = append(out, code)
		}
		last = code
	}
	for len(out) < 4 {
		out = append(out, '0')
	}
	return string(out)
}

func jaro(a, b string) float64 {
	if a == b {
		return 1
	}
	md := max(len(a), len(b))/2 - 1
	am := make([]bool, len(a))
	bm := make([]bool, len(b))
	matches := 0
	for i := range a {
		lo, hi := max(0, i-md), min(len(b), i+md+1)
		for j := lo; j < hi; j++ {
			if !bm[j] && a[i] == b[j] {
				am[i], bm[j] = true, true
				matches++
				break
			}
		}
	}
	if matches == 0 {
		return 0
	}
	t, k := 0, 0
	for i := range a {
		if !am[i] {
			continue
		}
		for !bm[k] {
			k++
		}
		if a[i] != b[k] {
			t++
		}
		k++
	}
	m := float64(matches)
	return (m/float64(len(a)) + m/float64(len(b)) + (m-float64(t)/2)/m) / 3
}

func main() {
	for _, n := range []string{"Robert", "Rupert", "Rubin", "Ashcraft", "Tymczak", "Pfister", "Lee"} {
		fmt.Println(n, soundex(n))
	}
	for _, p := range [][2]string{{"MARTHA", "MARHTA"}, {"DIXON", "DICKSONX"}, {"JELLYFISH", "SMELLYFISH"}} {
		fmt.Printf("%s %s %.6f\n", p[0], p[1], jaro(p[0], p[1]))
	}
}
