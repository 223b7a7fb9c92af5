package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func commaSplit(data []byte, atEOF bool) (advance int, token []byte, err error) {
	for i, b := range data {
		if b == ',' {
			return i + 1, bytes.TrimSpace(data[:i]), nil
		}
	}
	if !atEOF {
		return 0, nil, nil
	}
	if len(data) > 0 {
		return len(data), bytes.TrimSpace(data), bufio.ErrFinalToken
	}
	return 0, nil, nil
}

func main() {
	s := bufio.NewScanner(strings.NewReader("a, bb ,ccc,, d"))
	s.Split(commaSplit)
	for s.Scan() {
		fmt.Printf("%q ", s.Text())
	}
	fmt.Println(s.Err())

	ws := bufio.NewScanner(strings.NewReader("héllo wörld\tgo  ünïcode\n"))
	ws.Split(bufio.ScanWords)
	n := 0
	for ws.Scan() {
		n++
		fmt.Print(ws.Text(), "|")
	}
	fmt.Println(n)

	rs := bufio.NewScanner(strings.NewReader("aé😀"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Printf("%q(%d) ", rs.Text(), len(rs.Bytes()))
	}
	fmt.Println()

	small := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nshort\n"))
	small.Buffer(make([]byte, 10), 20)
	for small.Scan() {
		fmt.Println("line", small.Text())
	}
	fmt.Println("err:", small.Err())

	numbers := bufio.NewScanner(strings.NewReader("12 abc 7 x9 40"))
	numbers.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if err == nil && tok != nil && !unicode.IsDigit(rune(tok[0])) {
			return adv, []byte("?"), nil
		}
		return adv, tok, err
	})
	var toks []string
	for numbers.Scan() {
		toks = append(toks, numbers.Text())
	}
	fmt.Println(toks)
	lines := bufio.NewScanner(strings.NewReader("one\r\ntwo\n\nthree"))
	for lines.Scan() {
		fmt.Printf("%q\n", lines.Text())
	}
}
