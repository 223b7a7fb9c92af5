package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

type csvSplitter struct {
	sep    byte
	tokens int
}

func (c *csvSplitter) split(data []byte, atEOF bool) (int, []byte, error) {
	if i := bytes.IndexByte(data, c.sep); i >= 0 {
		c.tokens++
		return i + 1, data[:i], nil
	}
	if atEOF && len(data) > 0 {
		c.tokens++
		return len(data), data, nil
	}
	return 0, nil, nil
}

type lineHandler func(n int, s string) bool

func process(r *bufio.Scanner, h lineHandler) int {
	n := 0
	for r.Scan() {
		n++
		if !h(n, r.Text()) {
			break
		}
	}
	return n
}

func main() {
	c := &csvSplitter{sep: ';'}
	sc := bufio.NewScanner(strings.NewReader("a;b;;c"))
	sc.Split(c.split)
	var got []string
	for sc.Scan() {
		got = append(got, sc.Text())
	}
	fmt.Printf("%q %d\n", got, c.tokens)
	n := process(bufio.NewScanner(strings.NewReader("one\ntwo\nstop\nfour")), func(n int, s string) bool {
		fmt.Println(n, s)
		return s != "stop"
	})
	fmt.Println(n)
	words := bufio.NewScanner(strings.NewReader("x y z"))
	words.Split(bufio.ScanWords)
	split := words.Split
	_ = split
	cnt := 0
	for words.Scan() {
		cnt++
	}
	fmt.Println(cnt)
}
