// s[i] of a string in loops (s12-wrap: a fast step): counts, compares,
// bytes kept in variables, maps and closures while the string variable
// changes, named string types, fields, multibyte text, and the panic of an
// index out of range.

package main

import "fmt"

type Word string

type doc struct{ text string }

func count(s string, b byte) int {
	c := 0
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			c++
		}
	}
	return c
}

func main() {
	fmt.Println(count("hello, world", 'o'), count("", 'x'), count("aaa", 'a'))
	s := "hello, 世界!"
	var bs []byte
	for i := 0; i < len(s); i++ {
		bs = append(bs, s[i])
	}
	fmt.Println(len(bs), bs[7], string(bs))
	w := Word("gopher")
	sum := 0
	for i := range len(w) {
		sum += int(w[i])
	}
	fmt.Println(sum, w[len(w)-1])
	d := &doc{"abcabc"}
	freq := map[byte]int{}
	for i := 0; i < len(d.text); i++ {
		freq[d.text[i]]++
	}
	fmt.Println(freq['a'], freq['b'], freq['c'], len(freq))
	// The string variable changes while bytes of the old one are kept.
	t := "xyz"
	var kept []byte
	var fs []func() byte
	for i := 0; i < 3; i++ {
		b := t[i]
		kept = append(kept, b)
		fs = append(fs, func() byte { return b })
		t = "XYZ"
	}
	fmt.Println(string(kept), fs[0](), fs[1](), fs[2]())
	// Palindromes and reversal by index.
	for _, p := range []string{"racecar", "gopher", "a", ""} {
		ok := true
		for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
			if p[i] != p[j] {
				ok = false
				break
			}
		}
		fmt.Print(ok, " ")
	}
	fmt.Println()
	digits := "0123456789"
	n := 0
	for i := 0; i < len(digits); i++ {
		n = n*10 + int(digits[i]-'0')
	}
	fmt.Println(n)
	defer func() { fmt.Println("recovered:", recover()) }()
	idx := 5
	short := "abc"
	for i := 0; i < idx; i++ {
		fmt.Print(short[i], " ")
	}
}
