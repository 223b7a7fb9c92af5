package main

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
)

type Tokenizer interface {
	Split(data []byte, atEOF bool) (int, []byte, error)
}

type csvish struct{ sep byte }

func (c csvish) Split(data []byte, atEOF bool) (int, []byte, error) {
	for i, b := range data {
		if b == c.sep || b == '\n' {
			return i + 1, data[:i], nil
		}
	}
	if atEOF && len(data) > 0 {
		return len(data), data, nil
	}
	return 0, nil, nil
}

type Counter[K comparable] map[K]int

func (c Counter[K]) Sorted(less func(a, b K) bool) []K {
	ks := make([]K, 0, len(c))
	for k := range c {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool {
		if c[ks[i]] != c[ks[j]] {
			return c[ks[i]] > c[ks[j]]
		}
		return less(ks[i], ks[j])
	})
	return ks
}

func count(r io.Reader, tok Tokenizer) Counter[string] {
	sc := bufio.NewScanner(r)
	sc.Split(tok.Split)
	c := Counter[string]{}
	for sc.Scan() {
		if w := strings.TrimSpace(sc.Text()); w != "" {
			c[w]++
		}
	}
	return c
}

func main() {
	c := count(strings.NewReader("a;b;a\nc;a;b\n;d"), csvish{';'})
	fmt.Println(c.Sorted(func(a, b string) bool { return a < b }), c)
	var tk Tokenizer = csvish{','}
	c2 := count(strings.NewReader("x,y,x"), tk)
	fmt.Println(c2.Sorted(func(a, b string) bool { return a < b }))
	ci := Counter[int]{3: 1, 1: 2, 2: 2}
	fmt.Println(ci.Sorted(func(a, b int) bool { return a < b }))
}
