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

func rot13(b []byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		switch {
		case 'a' <= c && c <= 'z':
			out[i] = (c-'a'+13)%26 + 'a'
		case 'A' <= c && c <= 'Z':
			out[i] = (c-'A'+13)%26 + 'A'
		default:
			out[i] = c
		}
	}
	return out
}

func vigenere(text, key string) string {
	var b strings.Builder
	ki := 0
	for _, r := range strings.ToUpper(text) {
		if !unicode.IsUpper(r) {
			continue
		}
		b.WriteRune('A' + (r-'A'+rune(key[ki%len(key)]-'A'))%26)
		ki++
	}
	return b.String()
}

func main() {
	msg := "The Quick Brown Fox, jumps over 13 lazy dogs!"
	enc := caesar(msg, 3)
	fmt.Println(enc)
	fmt.Println(caesar(enc, -3) == msg, caesar(msg, -29) == caesar(msg, 23))
	fmt.Printf("%s\n", rot13([]byte(msg)))
	fmt.Println(string(rot13(rot13([]byte("héllo")))))
	fmt.Println(vigenere("attack at dawn", "LEMON"))
}
