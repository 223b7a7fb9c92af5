package main

import (
	"encoding/hex"
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
	for _, r := range s {
		if !unicode.IsLetter(r) || r > unicode.MaxASCII {
			b.WriteRune(r)
			continue
		}
		shift := rune(unicode.ToUpper(rune(key[ki%len(key)])) - 'A')
		if decrypt {
			shift = 26 - shift
		}
		base := 'a'
		if unicode.IsUpper(r) {
			base = 'A'
		}
		b.WriteRune(base + (r-base+shift)%26)
		ki++
	}
	return b.String()
}

func xorCipher(data []byte, key []byte) []byte {
	out := make([]byte, len(data))
	for i, c := range data {
		out[i] = c ^ key[i%len(key)]
	}
	return out
}

func atbash(s string) string {
	rs := []rune(s)
	for i, r := range rs {
		if r >= 'a' && r <= 'z' {
			rs[i] = 'z' - (r - 'a')
		}
	}
	return string(rs)
}

func main() {
	msg := "The Quick Brown Fox Jumps Over The Lazy Dog!"
	enc := caesar(msg, 3)
	fmt.Println(enc)
	fmt.Println(caesar(enc, -3) == msg, caesar("xyz", 29))
	v := vigenere("Attack at dawn", "LEMON", false)
	fmt.Println(v, vigenere(v, "LEMON", true))
	x := xorCipher([]byte("secret"), []byte("k3y"))
	fmt.Println(hex.EncodeToString(x), string(xorCipher(x, []byte("k3y"))))
	fmt.Println(atbash("wizard"), atbash(atbash("gopher")))
	freq := map[rune]int{}
	for _, r := range strings.ToLower(msg) {
		if unicode.IsLetter(r) {
			freq[r]++
		}
	}
	fmt.Println(len(freq) == 26, freq['o'], freq['e'])
}
