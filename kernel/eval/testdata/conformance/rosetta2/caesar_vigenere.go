package main

import (
	"fmt"
	"strings"
	"unicode"
)

func caesar(s string, k int) string {
	k = (k%26 + 26) % 26
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(k))%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(k))%26
		}
		return r
	}, s)
}

func vigenere(s, key string, decrypt bool) string {
	var b strings.Builder
	ki := 0
	for _, r := range strings.ToUpper(s) {
		if !unicode.IsUpper(r) || r > 'Z' {
			continue
		}
		k := rune(key[ki%len(key)] - 'A')
		if decrypt {
			k = 26 - k
		}
		b.WriteRune('A' + (r-'A'+k)%26)
		ki++
	}
	return b.String()
}

func main() {
	pt := "The quick brown fox Jumped over the lazy Dog"
	ct := caesar(pt, 11)
	fmt.Println(ct)
	fmt.Println(caesar(ct, -11))
	v := vigenere("Beware the Jabberwock, my son!", "VIGENERECIPHER", false)
	fmt.Println(v)
	fmt.Println(vigenere(v, "VIGENERECIPHER", true))
}
