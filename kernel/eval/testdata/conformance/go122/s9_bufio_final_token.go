package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

func main() {
	// A split func that stops at "STOP", with ErrFinalToken and an empty
	// final token (Go 1.22: the scan stops without an extra token).
	split := func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if err == nil && tok != nil && string(tok) == "STOP" {
			return adv, nil, bufio.ErrFinalToken
		}
		return adv, tok, err
	}
	sc := bufio.NewScanner(strings.NewReader("one two STOP three"))
	sc.Split(split)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())

	sc = bufio.NewScanner(strings.NewReader("a,b,c"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, bufio.ErrFinalToken
		}
		return 0, nil, nil
	})
	for sc.Scan() {
		fmt.Printf("[%s]", sc.Text())
	}
	fmt.Println(sc.Err())
}
