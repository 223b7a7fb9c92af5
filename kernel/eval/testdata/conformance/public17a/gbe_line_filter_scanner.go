package main

import (
	"bufio"
	"fmt"
	"strings"
	"unicode"
)

func main() {
	input := "hello world\nfoo bar\n\n  indented line\nlast"
	scanner := bufio.NewScanner(strings.NewReader(input))
	n := 0
	for scanner.Scan() {
		n++
		ucl := strings.ToUpper(scanner.Text())
		fmt.Printf("%d: %s\n", n, ucl)
	}
	if err := scanner.Err(); err != nil {
		fmt.Println("error:", err)
	}
	ws := bufio.NewScanner(strings.NewReader("one two  three\nfour"))
	ws.Split(bufio.ScanWords)
	var words []string
	for ws.Scan() {
		words = append(words, ws.Text())
	}
	fmt.Println(words, len(words))
	rs := bufio.NewScanner(strings.NewReader("héy"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Printf("%q ", rs.Text())
	}
	fmt.Println()
	cs := bufio.NewScanner(strings.NewReader("a1,b22,,c333"))
	cs.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		for i, b := range data {
			if b == ',' {
				return i + 1, data[:i], nil
			}
		}
		if atEOF && len(data) > 0 {
			return len(data), data, bufio.ErrFinalToken
		}
		return 0, nil, nil
	})
	for cs.Scan() {
		fmt.Printf("[%s]", strings.TrimFunc(cs.Text(), unicode.IsLetter))
	}
	fmt.Println()
	long := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100)))
	long.Buffer(make([]byte, 10), 20)
	for long.Scan() {
	}
	fmt.Println(long.Err())
}
