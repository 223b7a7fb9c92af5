package main

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"
)

const input = `3
alice 30
bob 25
carol 41
# comment

last line without newline`

func main() {
	sc := bufio.NewScanner(strings.NewReader(input))
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		switch {
		case line == "":
			fmt.Println(lineNo, "(blank)")
		case strings.HasPrefix(line, "#"):
			fmt.Println(lineNo, "comment")
		default:
			f := strings.Fields(line)
			if len(f) == 2 {
				age, err := strconv.Atoi(f[1])
				fmt.Println(lineNo, f[0], age, err)
			} else {
				fmt.Printf("%d %q\n", lineNo, line)
			}
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}
	ws := bufio.NewScanner(strings.NewReader("one two  three\nfour"))
	ws.Split(bufio.ScanWords)
	n := 0
	for ws.Scan() {
		n++
		fmt.Print(ws.Text(), "|")
	}
	fmt.Println(n)
	rs := bufio.NewScanner(strings.NewReader("héllo"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Print(rs.Text(), ".")
	}
	fmt.Println()
	br := bufio.NewReader(strings.NewReader("line1\nline2\n"))
	for {
		s, err := br.ReadString('\n')
		if err != nil {
			fmt.Println("err:", err, len(s))
			break
		}
		fmt.Printf("%q\n", s)
	}
	_, err := strconv.Atoi("12a")
	fmt.Println(err)
	cs := bufio.NewScanner(strings.NewReader("a,b,c"))
	cs.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		for i, b := range data {
			if b == ',' {
				return i + 1, data[:i], nil
			}
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for cs.Scan() {
		fmt.Print("[", cs.Text(), "]")
	}
	fmt.Println()
}
